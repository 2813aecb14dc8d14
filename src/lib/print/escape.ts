/** XML escaping for every text that comes from data or from a person, before it enters an SVG. */

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/**
 * Escape a value for an XML text node or attribute. Control characters that XML 1.0 forbids are
 * dropped, so that a stray byte in a source file cannot make the whole sheet unreadable.
 */
export function escapeXml(value: unknown): string {
	return (
		String(value ?? '')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/[&<>"']/g, (c) => ENTITIES[c])
	);
}
