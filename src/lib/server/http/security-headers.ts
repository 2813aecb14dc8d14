/**
 * Security headers for every response. Framing is refused unless embed mode is on
 * (`MAILLAGE_EMBED=1`) and the page is asked with `?embed=1`; then the origins in
 * `MAILLAGE_EMBED_ORIGINS` (space-separated, default any) may frame it.
 */
export function securityHeaders(
	url: URL,
	env: Record<string, string | undefined> = process.env
): Record<string, string> {
	const embed = env.MAILLAGE_EMBED === '1' && url.searchParams.get('embed') === '1';
	const origins = (env.MAILLAGE_EMBED_ORIGINS ?? '').trim() || '*';
	return {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'permissions-policy': 'geolocation=(self), camera=(), microphone=()',
		...(embed
			? { 'content-security-policy': `frame-ancestors ${origins}` }
			: { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" })
	};
}

/** Whether this request asks for the embeddable map (header and navigation hidden). */
export function isEmbed(url: URL, env: Record<string, string | undefined> = process.env): boolean {
	return env.MAILLAGE_EMBED === '1' && url.searchParams.get('embed') === '1';
}

// the scenario editor carries planners' statuses and notes; its read-only links (/scenarios/12) do not
const PRIVATE =
	/^\/(planificateur|connexion|deconnexion|territoire\/[^/]+\/scenarios\/?(__data\.json)?$)/;

/**
 * Whether a path is a planner page (the scenario editor among them) or a sign-in page, whose responses (pages, their data, their
 * redirects and errors) no cache may keep: `Cache-Control: no-store`. The path is decoded first,
 * since `/%70lanificateur` is the same page.
 */
export function isPrivatePath(pathname: string): boolean {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		/* keep it encoded */
	}
	return PRIVATE.test(path.toLowerCase());
}
