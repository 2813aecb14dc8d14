/** Where a planner goes after signing in when no (acceptable) destination was asked for. */
export const DEFAULT_NEXT = '/planificateur';

/**
 * The destination after signing in, as a path of this site, or `/planificateur`.
 * The target is resolved as a URL against the site's origin, the way a browser would resolve the
 * `Location` header (backslashes as slashes, tabs and newlines dropped, `..` removed), and only a
 * same-origin result is kept; a result that a browser would read as another host (`//host`) is
 * refused too, since `/..//evil.example` resolves to the path `//evil.example`.
 */
export function safeNext(next: string | null, origin = 'http://maillage.invalid'): string {
	if (!next || next.length > 2000 || !next.startsWith('/')) return DEFAULT_NEXT;
	let site: string;
	let target: URL;
	try {
		site = new URL(origin).origin;
		target = new URL(next, site);
	} catch {
		return DEFAULT_NEXT;
	}
	if (target.origin !== site) return DEFAULT_NEXT;
	const path = target.pathname + target.search;
	if (!path.startsWith('/') || path.startsWith('//')) return DEFAULT_NEXT;
	// The path we send must itself resolve to this site.
	try {
		return new URL(path, site).origin === site ? path : DEFAULT_NEXT;
	} catch {
		return DEFAULT_NEXT;
	}
}
