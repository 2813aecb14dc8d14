import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { getLieu, servedCommunes, tourStops } from '$lib/server/db/lieux';
import { describeHours, openingSummary } from '$lib/analysis/opening-state';
import { describePassage } from '$lib/analysis/next-passage';
import { checkedDate, freshness } from '$lib/analysis/freshness';
import { displayName, formatPhone } from '$lib/format';

export function load({ params }) {
	const id = Number(params.id);
	const db = getDb();
	const lieu = Number.isInteger(id) && id > 0 ? getLieu(db, id) : null;
	if (!lieu) error(404, 'Ce lieu n’existe pas ou n’est plus référencé.');
	const where = { departement: lieu.departement };
	const now = new Date();
	const stops = lieu.itinerant ? tourStops(db, id) : [];
	const latest =
		lieu.sources
			.map((s) => s.date_maj)
			.sort()
			.at(-1) ?? lieu.date_maj;
	const checked = checkedDate(latest, lieu.verifie_le);
	return {
		lieu,
		nom: displayName(lieu.nom),
		telephone: formatPhone(lieu.telephone, lieu.departement),
		// an itinerant service's hours are not where the person is: its passages say when
		ouverture: lieu.itinerant
			? null
			: openingSummary(lieu.horaires, lieu.horaires_brut, now, where).text,
		semaine: lieu.horaires ? describeHours(lieu.horaires, now, where) : [],
		passages: stops.map((s) =>
			describePassage(
				{
					commune: s.commune ?? s.libelle ?? '',
					horaires: s.horaires,
					sujet: lieu.kind === 'france-services' ? 'Le bus France services' : 'Ce service',
					validity: { du: s.valide_du, au: s.valide_au }
				},
				now,
				where
			)
		),
		dessert: lieu.itinerant ? servedCommunes(db, id) : [],
		dateMaj: latest,
		// the sources' age is said; a later planner's check lifts the warning
		fraicheur: { ...freshness(latest, now), stale: freshness(checked.date, now).stale },
		verifieLe: checked.verified ? checked.date : null,
		tourneeManquante: lieu.itinerant === 1 && stops.length === 0
	};
}
