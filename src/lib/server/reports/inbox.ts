/**
 * The planners' inbox of reports: the built départements with their open reports, and the reports
 * of one territory (`?territoire=04`, optionally `&epci=SIREN`) with what the place says now and
 * what accepting would change.
 */
import type Database from 'better-sqlite3';
import { formatPhone } from '../../format';
import { REASONS, proposedChange } from '../../import/report-form';
import { openReportCounts, reportsOf, type InboxReport } from '../db/reports';
import { epciNames, listDepartements } from '../db/territoires';

/** What the place says now about what the report questions. */
function currentValue(r: InboxReport): string {
	if (r.motif === 'telephone') return formatPhone(r.telephone)?.text ?? 'aucun numéro';
	if (r.motif === 'horaires') return r.horaires ?? r.horaires_brut ?? 'non renseignés';
	const address = [r.adresse, [r.code_postal, r.commune].filter(Boolean).join(' ')]
		.filter(Boolean)
		.join(', ');
	return address || 'adresse non renseignée';
}

/** The inbox for the territory asked in `params` (else the first with open reports, else 04). */
export function inbox(db: Database.Database, params: URLSearchParams) {
	const counts = openReportCounts(db);
	const departements = listDepartements(db).map((d) => ({ ...d, ouverts: counts[d.code] ?? 0 }));
	const asked = params.get('territoire');
	const dep = departements.some((d) => d.code === asked)
		? (asked as string)
		: (departements.find((d) => d.ouverts > 0) ?? departements.find((d) => d.code === '04'))?.code;
	const epcis = dep
		? Object.entries(epciNames(db, dep))
				.map(([code, nom]) => ({ code, nom }))
				.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
		: [];
	const epci = epcis.find((e) => e.code === params.get('epci'))?.code ?? null;
	return {
		departements,
		dep,
		epcis,
		epci,
		ouverts: (dep ? reportsOf(db, dep, { epci, open: true }) : []).map((r) => ({
			...r,
			label: REASONS[r.motif].short,
			actuel: currentValue(r),
			propose: r.motif === 'telephone' ? (formatPhone(r.valeur)?.text ?? r.valeur) : r.valeur,
			change: proposedChange(r)
		})),
		traites: (dep ? reportsOf(db, dep, { epci, open: false, limit: 20 }) : []).map((r) => ({
			...r,
			label: REASONS[r.motif].short
		}))
	};
}
