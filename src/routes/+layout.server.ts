export function load({ locals }) {
	return { embed: locals.embed };
}
