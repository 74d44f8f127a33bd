import 'server-only';
import { document, errors, type Format } from './format';
import { dateWindow, JURISDICTION, MAX_RESULTS, paging, reader } from './params';
import {
  open311Requests,
  open311ServiceDefinition,
  open311Services,
  open311Updates,
} from './queries';
import { verifyApiKey, withinRateLimit } from './api-keys';
import { IDEMPOTENCY_WINDOW_MS, repeatKeys, validateOpen311Post } from './post';
import { getService } from '@/lib/services/queries';
import { createServiceRequest } from '@/lib/requests/commands';

const LOCALE = 'en';

/**
 * GeoReport v2 over one catch-all route: `{resource}.{xml|json}`. Service codes may contain
 * slashes (Baltimore's `TRM-Sign Damaged/Sign Structure`), so the path is taken whole.
 */
export async function handleOpen311(
  method: 'GET' | 'POST',
  path: string,
  params: URLSearchParams,
  baseUrl: string,
  now = new Date(),
): Promise<Response> {
  const match = /^(.+)\.(xml|json)$/.exec(path);
  const format: Format = match?.[2] === 'json' ? 'json' : 'xml';
  if (!match)
    return errors(format, 404, [{ code: 404, description: 'Unknown resource: add .xml or .json' }]);
  const resource = match[1];
  // PostgreSQL text cannot hold a NUL: refused here, as the client's mistake, not a 500 later.
  if ([path, ...params.keys(), ...params.values()].some((v) => v.includes('\0'))) {
    return errors(format, 400, [
      { code: 400, description: 'The path and parameters may not contain NUL characters (%00)' },
    ]);
  }
  const q = reader(params);
  const jurisdiction = q.get('jurisdiction_id');
  if (jurisdiction !== undefined && jurisdiction !== JURISDICTION) {
    return errors(format, 404, [
      { code: 404, description: `jurisdiction_id ${jurisdiction} is not served here` },
    ]);
  }

  if (method === 'POST') {
    if (resource !== 'requests')
      return errors(format, 404, [{ code: 404, description: 'Unknown resource' }]);
    return postRequest(format, params, q, now);
  }

  if (resource === 'discovery') return discovery(format, baseUrl);
  if (resource === 'services')
    return document(format, 'services', await open311Services(LOCALE), { cache: true });
  if (resource.startsWith('services/')) {
    const definition = await open311ServiceDefinition(resource.slice('services/'.length), LOCALE);
    return definition
      ? document(format, 'service_definition', definition, { cache: true })
      : errors(format, 404, [{ code: 404, description: 'No service with that service_code' }]);
  }
  if (resource === 'requests') return listRequests(format, q, now);
  if (resource.startsWith('requests/')) {
    const found = await open311Requests(
      { ids: [resource.slice('requests/'.length)], limit: 1, offset: 0 },
      LOCALE,
    );
    return found.length
      ? document(format, 'service_requests', found, { cache: true })
      : errors(format, 404, [
          { code: 404, description: 'No service request with that service_request_id' },
        ]);
  }
  if (resource.startsWith('tokens/')) {
    // Requests are created in real time: a token is the request's own id and resolves at once.
    const token = resource.slice('tokens/'.length);
    const found = await open311Requests({ ids: [token], limit: 1, offset: 0 }, LOCALE);
    return found.length
      ? document(format, 'service_requests', [
          { service_request_id: found[0].service_request_id, token },
        ])
      : errors(format, 404, [{ code: 404, description: 'No request with that token' }]);
  }
  if (resource === 'servicerequestupdates') {
    // Paged like requests (page, page_size): a busy window holds more than one page of updates.
    const window = dateWindow(q.get('start_date'), q.get('end_date'), now);
    const page = paging(q.get('page'), q.get('page_size'));
    if (Array.isArray(window) || Array.isArray(page)) {
      return errors(format, 400, [
        ...(Array.isArray(window) ? window : []),
        ...(Array.isArray(page) ? page : []),
      ]);
    }
    return document(
      format,
      'service_request_updates',
      await open311Updates(window.start, window.end, page),
      { cache: true },
    );
  }
  return errors(format, 404, [{ code: 404, description: 'Unknown resource' }]);
}

/** POSTs per API key per minute: generous for an integration, a brake on a runaway client. */
export const POST_LIMIT_PER_MINUTE = 120;

async function postRequest(
  format: Format,
  params: URLSearchParams,
  q: ReturnType<typeof reader>,
  now: Date,
) {
  const client = await verifyApiKey(q.get('api_key'));
  if (!client)
    return errors(format, 403, [{ code: 403, description: 'api_key is missing or not valid' }]);
  if (!(await withinRateLimit(`open311-post:${client.id}`, POST_LIMIT_PER_MINUTE, 60))) {
    return errors(format, 429, [
      {
        code: 429,
        description: `Too many requests: at most ${POST_LIMIT_PER_MINUTE} a minute per api_key`,
      },
    ]);
  }
  const code = q.get('service_code');
  const service = code ? await getService(code, LOCALE) : null;
  if (!service) {
    return errors(format, 400, [
      {
        code: 400,
        description: code
          ? `service_code ${code} is not a service offered here`
          : 'service_code is required',
      },
    ]);
  }
  const problems = [];
  const mediaUrl = q.get('media_url');
  if (mediaUrl !== undefined && !(/^https?:\/\/\S+$/.test(mediaUrl) && mediaUrl.length <= 2000)) {
    problems.push({ code: 400, description: 'media_url must be an http or https URL' });
  }
  const checked = await validateOpen311Post(params, service.attributes, client.id, now);
  if (!checked.ok) problems.push(...checked.errors);
  if (problems.length || !checked.ok) return errors(format, 400, problems);
  const { trackingNumber } = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input: checked.input,
    locale: LOCALE,
    channel: 'open311',
    apiKeyId: client.id,
    mediaUrl,
    repeatWindow: { keys: repeatKeys(client.id, params, now), withinMs: IDEMPOTENCY_WINDOW_MS },
    now,
  });
  const [created] = await open311Requests({ ids: [trackingNumber], limit: 1, offset: 0 }, LOCALE);
  return document(format, 'service_requests', [
    {
      service_request_id: trackingNumber,
      service_notice: created.expected_datetime
        ? `Expected to be closed by ${created.expected_datetime}`
        : '',
      account_id: q.get('account_id') ?? '',
    },
  ]);
}

async function listRequests(format: Format, q: ReturnType<typeof reader>, now: Date) {
  const ids = q.list('service_request_id');
  const page = paging(q.get('page'), q.get('page_size'));
  const problems = Array.isArray(page) ? [...page] : [];
  const status = q.get('status');
  if (status !== undefined && status !== 'open' && status !== 'closed') {
    problems.push({ code: 400, description: 'status must be open or closed' });
  }
  // A list of ids overrides every other filter (the spec says so).
  const window = ids ? null : dateWindow(q.get('start_date'), q.get('end_date'), now);
  if (Array.isArray(window)) problems.push(...window);
  if (problems.length || Array.isArray(page) || Array.isArray(window))
    return errors(format, 400, problems);
  const rows = await open311Requests(
    ids
      ? { ids: ids.slice(0, MAX_RESULTS), limit: MAX_RESULTS, offset: 0 }
      : {
          codes: q.list('service_code'),
          start: window?.start,
          end: window?.end,
          status: status as 'open' | 'closed' | undefined,
          ...page,
        },
    LOCALE,
  );
  return document(format, 'service_requests', rows, { cache: true });
}

function discovery(format: Format, baseUrl: string) {
  return document(
    format,
    'discovery',
    {
      changeset: '2026-11-27T00:00:00Z',
      contact: 'Baltimore City 311: call 311 (outside Baltimore 410-396-2489)',
      key_service: 'API keys are issued by Baltimore City 311 administrators.',
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${baseUrl}/api/open311/v2`,
          changeset: '2026-11-27T00:00:00Z',
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    },
    { cache: true },
  );
}
