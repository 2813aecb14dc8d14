import { fail } from '@sveltejs/kit';
import { databasePath, getDb } from '$lib/server/db/connection';
import { databaseSize } from '$lib/server/db/maintenance';
import { runJob } from '$lib/server/import/import-jobs';
import { listDepartements } from '$lib/server/db/territoires';
import { lieuxFreshness } from '$lib/server/db/lieux';
import { listImports } from '$lib/server/db/import-history';
import { openReportCount } from '$lib/server/db/reports';
import { checkedDate, freshnessByEpci, isStale } from '$lib/analysis/freshness';
import { chooseDepartement } from '$lib/params/territory';

export function load({ url }) {
	const db = getDb();
	const deps = listDepartements(db);
	const dep = chooseDepartement(url.searchParams.get('departement'), deps);
	const now = new Date();
	const lieux = dep ? lieuxFreshness(db, dep) : [];
	const isOld = (l: (typeof lieux)[number]) =>
		isStale(checkedDate(l.date_maj, l.verifie_le).date, now);
	const stale = lieux.filter(isOld);
	return {
		departements: deps,
		dep,
		epci: freshnessByEpci(lieux, now),
		sansTournee: lieux.filter((l) => l.itinerant && !l.tournee),
		anciens: stale.slice(0, 50),
		totalAnciens: stale.length,
		total: lieux.length,
		imports: listImports(db).slice(0, 30),
		signalements: openReportCount(db),
		taille: databaseSize(db)
	};
}

export const actions = {
	annuler: async ({ request, locals }) => {
		if (!locals.user) return fail(401, { error: 'Connexion requise.' });
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { error: 'Formulaire illisible : réessayez.' });
		const id = Number(form.get('id'));
		if (!Number.isInteger(id) || id <= 0) return fail(400, { error: 'Import inconnu.' });
		// In the import worker: undoing a big import, then compacting, takes seconds.
		const r = await runJob({ op: 'undo', dbPath: databasePath(), id });
		if (!r.ok) return fail(r.status, { error: r.error });
		if (!('undo' in r)) throw new Error('unexpected job result');
		return r.undo.ok ? { message: r.undo.message } : fail(409, { error: r.undo.message });
	}
};
