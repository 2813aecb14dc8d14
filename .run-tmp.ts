import { readFileSync } from 'node:fs';
import { parseCsv } from './src/lib/import/csv';
import { parseFranceServices } from './src/lib/import/france-services';
import { parseBibliotheques } from './src/lib/import/bibliotheques';
import { parseAidantsConnect } from './src/lib/import/aidants-connect';
import { parseLieuxV1 } from './src/lib/import/mediation-v1';
import { parseDataInclusion } from './src/lib/import/data-inclusion';
import { parseCnfs } from './src/lib/import/cnfs';
import { mergeHelpPoints, distanceM } from './src/lib/import/dedup';
import type { HelpPointRecord } from './src/lib/import/types';
const O = '/work/shared/opendata/';
const t = (p: string) => readFileSync(O + p, 'utf8');
const j = (p: string) => JSON.parse(t(p));
const communes = new Map<string, { lat: number; lon: number; nom: string }>();
for (const r of parseCsv(t('communes/communes-france-2024-latlng.csv'), 'c.csv').rows)
	if (r.data.commune_type !== 'COMD' && r.data.lat) communes.set(r.data.insee_com, { lat: +r.data.lat, lon: +r.data.lng, nom: r.data.commune_article });
const all: HelpPointRecord[] = [
	...parseFranceServices(t('france-services/liste-fs-20240801.csv'), 'fs.csv').records,
	...parseBibliotheques(t('bibliotheques/adresses-des-bibliotheques-publiques.csv'), 'bib.csv').records,
	...parseAidantsConnect(t('conseillers-numeriques/aidants-connect-structures-20240212.csv'), 'ac.csv', (c) => communes.get(c) ?? null).records,
	...parseLieuxV1(j('lieux-mediation-numerique/hub-du-sud-paca-lieux-mediation-numerique-20230517.json'), 'hub.json', 'hub-du-sud-2023').records,
	...parseDataInclusion(j('lieux-mediation-numerique/data-inclusion-lieux-mediation-numerique-2023.json'), 'di.json').records,
	...parseCnfs(j('conseillers-numeriques/cnfs-lieux-permanences-2022.json'), 'cnfs.json').records
];
const dep = (r: HelpPointRecord) => (r.codeInsee ?? r.codePostal ?? '').slice(0, 2);
const t0 = Date.now();
const nat = mergeHelpPoints(all);
console.log('national', nat.stats, Date.now() - t0, 'ms');
for (const d of ['04', '03', '40']) {
	const recs = all.filter((r) => dep(r) === d);
	const m = mergeHelpPoints(recs);
	const bySrc: Record<string, number> = {};
	for (const r of recs) bySrc[r.source] = (bySrc[r.source] ?? 0) + 1;
	console.log(d, bySrc, m.stats);
	if (process.argv[2] === d) for (const p of m.points.filter((p) => p.records.length > 1))
		console.log(p.records.map((r) => `${r.source}: ${r.nom} [${r.codeInsee ?? r.codePostal}] ${r.telephone ?? ''} ${r.lat && p.primary.lat ? Math.round(distanceM(r.lat, r.lon!, p.primary.lat, p.primary.lon!)) + 'm' : '-'}`).join('\n   '));
}
import { normaliseName, nameSimilarity } from './src/lib/import/dedup';
if (process.argv[3]) {
	const d = process.argv[3];
	const recs = all.filter((r) => dep(r) === d);
	const m = mergeHelpPoints(recs);
	const pointOf = new Map<HelpPointRecord, number>();
	m.points.forEach((p, i) => p.records.forEach((r) => pointOf.set(r, i)));
	for (let i = 0; i < recs.length; i++) for (let k = i + 1; k < recs.length; k++) {
		const a = recs[i], b = recs[k];
		if (a.source === b.source || pointOf.get(a) === pointOf.get(b)) continue;
		const sameC = a.codeInsee && b.codeInsee ? a.codeInsee === b.codeInsee : a.codePostal === b.codePostal;
		const dist = a.lat && b.lat ? distanceM(a.lat, a.lon!, b.lat, b.lon!) : -1;
		const sim = nameSimilarity(normaliseName(a.nom, a.commune ?? b.commune), normaliseName(b.nom, a.commune ?? b.commune));
		if ((dist >= 0 && dist < 150) || (sameC && sim > 0.4)) console.log(`${sameC ? 'same' : 'diff'} ${Math.round(dist)}m sim=${sim.toFixed(2)} | ${a.source}: ${a.nom} [${a.codeInsee}/${a.codePostal}] ${a.approximate ? 'approx' : ''} | ${b.source}: ${b.nom} [${b.codeInsee}/${b.codePostal}] ${b.approximate ? 'approx' : ''}`);
	}
}
