/** Only same-site paths may be a destination after signing in (no //host, /\\host, tabs…). */
export function safeNext(next: string | null): string {
	if (!next || !next.startsWith('/')) return '/planificateur';
	const base = 'http://maillage.invalid';
	try {
		const u = new URL(next, base);
		return u.origin === base ? u.pathname + u.search : '/planificateur';
	} catch {
		return '/planificateur';
	}
}
