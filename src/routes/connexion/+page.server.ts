import { fail, redirect } from '@sveltejs/kit';
import { LoginLimiter, SESSION_COOKIE, authenticate, openSession } from '$lib/server/auth';
import { getAccounts } from '$lib/server/db/accounts';
import { safeNext } from '$lib/server/safe-next';

const limiter = new LoginLimiter();

export function load({ locals, url }) {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('suite')));
	return {};
}

export const actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.slice(0, 200);
		const password = String(form.get('password') ?? '').slice(0, 500);
		const keys = [`ip:${getClientAddress()}`, `email:${email.toLowerCase()}`];
		if (keys.some((k) => limiter.blocked(k)))
			return fail(429, {
				email,
				error: 'Trop de tentatives. Réessayez dans 15 minutes.'
			});
		const db = getAccounts();
		const user = email && password ? await authenticate(db, email, password) : null;
		if (!user) {
			keys.forEach((k) => limiter.fail(k));
			return fail(400, { email, error: 'Adresse ou mot de passe incorrect.' });
		}
		keys.forEach((k) => limiter.reset(k));
		const { token, expires } = openSession(db, user.id);
		cookies.set(SESSION_COOKIE, token, {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			expires
		});
		redirect(303, safeNext(url.searchParams.get('suite')));
	}
};
