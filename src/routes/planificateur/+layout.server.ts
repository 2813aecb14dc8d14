import { redirect } from '@sveltejs/kit';

/** Every planner page needs a signed-in account; visitors are sent to the sign-in page. */
export function load({ locals, url }) {
	if (!locals.user)
		redirect(303, `/connexion?suite=${encodeURIComponent(url.pathname + url.search)}`);
	return { user: locals.user };
}
