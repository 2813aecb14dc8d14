// The public address of the site: one setting (`MAILLAGE_URL`) decides the origin the server
// trusts for same-origin form posts and the address printed on maps, posters and QR codes.

/** `$MAILLAGE_URL` (or the older `$MAILLAGE_PUBLIC_URL`) without trailing slash, or null. */
export function configuredPublicUrl(env: NodeJS.ProcessEnv = process.env): string | null {
	const raw = (env.MAILLAGE_URL || env.MAILLAGE_PUBLIC_URL || '').trim();
	return raw ? raw.replace(/\/+$/, '') : null;
}

/**
 * The address to print: the configured public URL, else the origin the request came in on
 * (http://localhost:3000 on a workstation), else the default local address of `npm start`.
 */
export function publicUrl(requestOrigin?: string, env: NodeJS.ProcessEnv = process.env): string {
	return (
		configuredPublicUrl(env) ??
		(requestOrigin || `http://localhost:${env.PORT || '3000'}`).replace(/\/+$/, '')
	);
}

/**
 * True when an address only works on this computer or its local network (localhost, loopback,
 * private ranges, `.local`): a link printed on paper would be dead for the reader.
 */
export function isLocalOnly(address: string): boolean {
	let host: string;
	try {
		host = new URL(address).hostname.toLowerCase().replace(/^\[|\]$/g, '');
	} catch {
		return true;
	}
	if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
	if (host === '::1' || host === '0.0.0.0' || !host.includes('.')) return true;
	const m = host.match(/^(\d+)\.(\d+)\.\d+\.\d+$/);
	if (!m) return false;
	const [a, b] = [Number(m[1]), Number(m[2])];
	return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}
