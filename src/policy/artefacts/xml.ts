/** Text and attribute values for the generated XML (ADMX, ADML, plist). */

// XML 1.0 cannot hold these at all, not even as character references.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  if (NOT_XML.test(text)) throw new Error(`cannot be written in XML (control character): ${JSON.stringify(text)}`);
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
