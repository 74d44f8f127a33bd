/**
 * A small XML writer for GeoReport v2 documents: elements, text and repeated children, UTF-8,
 * everything escaped. Open311 documents have no attributes and no mixed content.
 */
export type XmlNode = {
  name: string;
  children?: XmlNode[];
  text?: string | number | boolean | null;
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function write(node: XmlNode): string {
  if (node.children) return `<${node.name}>${node.children.map(write).join('')}</${node.name}>`;
  const text = node.text == null ? '' : String(node.text);
  return text === '' ? `<${node.name}/>` : `<${node.name}>${escapeXml(text)}</${node.name}>`;
}

export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root)}`;
}

export const el = (name: string, text?: string | number | boolean | null): XmlNode => ({
  name,
  text,
});
export const list = (name: string, children: XmlNode[]): XmlNode => ({ name, children });
