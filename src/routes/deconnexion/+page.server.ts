import { redirect } from '@sveltejs/kit';
import { SESSION_COOKIE, closeSession } from '$lib/server/auth/session';
import { getAccounts } from '$lib/server/db/accounts';

export const actions = {
	default: ({ cookies }) => {
		closeSession(getAccounts(), cookies.get(SESSION_COOKIE));
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/');
	}
};
