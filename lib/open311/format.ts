import { list, el, xmlDocument, type XmlNode } from './xml';

export type Format = 'xml' | 'json';
export type Open311Error = { code: number; description: string };

/** Plain values an Open311 record holds; arrays become repeated elements in XML. */
type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

/** Object → XML element; arrays of objects repeat `itemName` (services/service, values/value…). */
function toNode(name: string, value: Value, itemNames: Record<string, string>): XmlNode {
  if (Array.isArray(value)) {
    const item = itemNames[name] ?? 'item';
    return list(
      name,
      value.map((v) => toNode(item, v, itemNames)),
    );
  }
  if (value !== null && typeof value === 'object') {
    return list(
      name,
      Object.entries(value).map(([k, v]) => toNode(k, v, itemNames)),
    );
  }
  return el(name, value);
}

/** The element name for members of each list in GeoReport v2 documents. */
const ITEM_NAMES: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  service_request_updates: 'request_update',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
};

const CONTENT_TYPES: Record<Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

/**
 * One document in the requested format. JSON drops the XML root: a list root becomes a bare
 * array (services, service_requests), an object root stays an object (discovery,
 * service_definition).
 */
export function document(
  format: Format,
  root: string,
  body: Value,
  init: { status?: number; cache?: boolean } = {},
): Response {
  const text =
    format === 'json' ? JSON.stringify(body) : xmlDocument(toNode(root, body, ITEM_NAMES));
  return new Response(text, {
    status: init.status ?? 200,
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Cache-Control': init.cache ? 'public, max-age=60' : 'no-store',
      ...CORS_HEADERS,
    },
  });
}

/** GeoReport errors: several at once where several things are wrong; the HTTP status of the first. */
export function errors(format: Format, status: number, list: Open311Error[]): Response {
  return document(format, 'errors', list, { status });
}
