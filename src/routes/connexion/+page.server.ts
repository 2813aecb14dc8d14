import { fail, redirect } from '@sveltejs/kit';
import { SESSION_COOKIE, openSession, signIn } from '$lib/server/auth/session';
import { LoginLimiter } from '$lib/server/auth/login-limiter';
import { getAccounts } from '$lib/server/db/accounts';
import { safeNext } from '$lib/server/auth/safe-next';

const limiter = new LoginLimiter();

export function load({ locals, url }) {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('suite'), url.origin));
	return {};
}

export const actions = {
	default: async ({ request, cookies, getClientAddress, url, setHeaders }) => {
		// A body that is not a readable form (a truncated multipart, text/plain) is the sender's error.
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { email: '', error: 'Formulaire illisible : réessayez.' });
		const email = String(form.get('email') ?? '')
			.trim()
			.slice(0, 200);
		const password = String(form.get('password') ?? '').slice(0, 500);
		const db = getAccounts();
		const r = await signIn(db, limiter, { address: getClientAddress(), email, password });
		if (!r.ok && r.reason === 'blocked') {
			setHeaders({ 'retry-after': String(r.retryAfterS) });
			const minutes = Math.ceil(r.retryAfterS / 60);
			return fail(429, {
				email,
				error: `Trop de tentatives depuis cette connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`
			});
		}
		if (!r.ok) return fail(400, { email, error: 'Adresse ou mot de passe incorrect.' });
		const { token, expires } = openSession(db, r.compte.id);
		cookies.set(SESSION_COOKIE, token, {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			expires
		});
		redirect(303, safeNext(url.searchParams.get('suite'), url.origin));
	}
};
