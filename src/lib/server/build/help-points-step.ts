import { parseFranceServices } from '../../import/france-services';
import { parseBibliotheques } from '../../import/bibliotheques';
import { parseLieuxV1 } from '../../import/mediation-v1';
import { parseDataInclusion } from '../../import/data-inclusion';
import { parseCnfs } from '../../import/cnfs';
import { parseAidantsConnect } from '../../import/aidants-connect';
import { mergeHelpPoints } from '../../import/dedup';
import { sourceInfo } from '../../import/sources';
import { haversineKm } from '../../analysis/geo';
import type { HelpPointRecord, ImportIssue, ParseResult } from '../../import/types';
import type { LieuInput } from '../db/write';
import { readSourceJson, readSourceText } from './read-source';

export interface CommuneLookup {
	/** Current commune code for a current or former code. */
	current(code: string): string | null;
	departementOf(code: string): string | null;
	point(code: string): { lat: number; lon: number; nom: string } | null;
	/** The commune a postcode and a commune name designate (or only its département). */
	communeOfPostcode(
		cp: string,
		nom: string | null,
		at: { lat: number; lon: number } | null
	): { code: string | null; dep: string } | null;
	epciOf(code: string): string | null;
}

export interface HelpPointsResult {
	lieux: LieuInput[];
	issues: { source: string; issues: ImportIssue[] }[];
	perSource: { source: string; read: number; kept: number; rejected: number; warnings: number }[];
	dedupStats: Record<string, unknown>;
}

/** Read every help-point source, keep the records of the built départements, merge duplicates. */
export function helpPointsStep(
	departements: Set<string> | null,
	communes: CommuneLookup,
	log: (msg: string) => void,
	roots?: string[]
): HelpPointsResult {
	const parsers: [string, () => ParseResult<HelpPointRecord>][] = [
		[
			'france-services-2024',
			() => {
				const s = readSourceText(sourceInfo('france-services-2024').path, roots);
				return parseFranceServices(s.text, s.file);
			}
		],
		[
			'hub-du-sud-2023',
			() => {
				const s = readSourceJson<Record<string, unknown>[]>(
					sourceInfo('hub-du-sud-2023').path,
					roots
				);
				return parseLieuxV1(s.data, s.file, 'hub-du-sud-2023');
			}
		],
		[
			'cnfs-2022',
			() => {
				const s = readSourceJson<Record<string, unknown>[]>(sourceInfo('cnfs-2022').path, roots);
				return parseCnfs(s.data, s.file);
			}
		],
		[
			'data-inclusion-2023',
			() => {
				const s = readSourceJson<Record<string, unknown>[]>(
					sourceInfo('data-inclusion-2023').path,
					roots
				);
				return parseDataInclusion(s.data, s.file);
			}
		],
		[
			'bibliotheques',
			() => {
				const s = readSourceText(sourceInfo('bibliotheques').path, roots);
				return parseBibliotheques(s.text, s.file);
			}
		],
		[
			'aidants-connect-2024',
			() => {
				const s = readSourceText(sourceInfo('aidants-connect-2024').path, roots);
				return parseAidantsConnect(s.text, s.file, (code) => {
					const cur = communes.current(code);
					return cur ? communes.point(cur) : null;
				});
			}
		]
	];

	const kept: HelpPointRecord[] = [];
	const depOf = new WeakMap<HelpPointRecord, string>();
	const issues: HelpPointsResult['issues'] = [];
	const perSource: HelpPointsResult['perSource'] = [];
	for (const [key, parse] of parsers) {
		const t0 = performance.now();
		const res = parse();
		let n = 0;
		for (const r of res.records) {
			const placed = place(r, communes);
			if (!placed) continue;
			if (departements && !departements.has(placed.dep)) continue;
			kept.push(placed.record);
			depOf.set(placed.record, placed.dep);
			n++;
		}
		const all = res.issues;
		issues.push({ source: key, issues: all });
		perSource.push({
			source: key,
			read: res.records.length,
			kept: n,
			rejected: all.filter((i) => i.level === 'error').length,
			warnings: all.filter((i) => i.level === 'warning').length
		});
		log(
			`  ${key} : ${res.records.length} lus, ${n} retenus, ${all.filter((i) => i.level === 'error').length} rejetés (${Math.round(performance.now() - t0)} ms)`
		);
	}

	const { points, stats } = mergeHelpPoints(kept);
	const lieux: LieuInput[] = points.map((p, i) => {
		const r = p.primary;
		return {
			id: i + 1,
			kind: p.kind,
			nom: r.nom,
			adresse: r.adresse,
			codePostal: r.codePostal,
			codeInsee: r.codeInsee,
			commune: r.commune,
			departement: depOf.get(r) ?? null,
			lat: r.lat as number,
			lon: r.lon as number,
			approximate: r.approximate,
			itinerant: p.records.some((x) => x.itinerant),
			format: r.format,
			telephone: r.telephone ?? firstOf(p.records, 'telephone'),
			courriel: r.courriel ?? firstOf(p.records, 'courriel'),
			siteWeb: r.siteWeb ?? firstOf(p.records, 'siteWeb'),
			horaires: r.horaires ?? firstOf(p.records, 'horaires'),
			horairesBrut: r.horairesBrut ?? firstOf(p.records, 'horairesBrut'),
			services: union(p.records.map((x) => x.services)),
			publics: union(p.records.map((x) => x.publics)),
			frais: r.frais.length ? r.frais : union(p.records.map((x) => x.frais)),
			priseRdv: r.priseRdv ?? firstOf(p.records, 'priseRdv'),
			dateMaj:
				p.records
					.map((x) => x.dateMaj)
					.sort()
					.at(-1) ?? r.dateMaj,
			source: r.source,
			sources: p.records.map((x) => ({
				source: x.source,
				sourceId: x.sourceId,
				nom: x.nom,
				dateMaj: x.dateMaj
			}))
		};
	});
	return { lieux, issues, perSource, dedupStats: stats as unknown as Record<string, unknown> };
}

/** Beyond this distance from its commune's point, a help point's position is not trusted. */
const MAX_KM = 30;

function firstOf<K extends keyof HelpPointRecord>(
	records: HelpPointRecord[],
	key: K
): HelpPointRecord[K] | null {
	for (const r of records) if (r[key] != null && r[key] !== '') return r[key];
	return null;
}

function union(lists: string[][]): string[] {
	return [...new Set(lists.flat())];
}

/**
 * Attach a record to a current commune (former codes are mapped to today's commune, a missing
 * code is found from the postcode) and give it a position (the commune's point, marked
 * approximate, when the source has none). Returns null when it cannot be placed.
 */
function place(
	r: HelpPointRecord,
	communes: CommuneLookup
): { record: HelpPointRecord; dep: string } | null {
	let code = r.codeInsee ? communes.current(r.codeInsee) : null;
	let dep = code ? communes.departementOf(code) : null;
	if (!dep && r.codePostal) {
		const at = r.lat != null && r.lon != null && !r.approximate ? { lat: r.lat, lon: r.lon } : null;
		const found = communes.communeOfPostcode(r.codePostal, r.commune, at);
		code = found?.code ?? null;
		dep = found?.dep ?? null;
	}
	if (!dep) return null;
	let { lat, lon, approximate } = r;
	const p = code ? communes.point(code) : null;
	// A position far from its own commune is a geocoding error: fall back to the commune's point.
	const misplaced = p && lat != null && lon != null && haversineKm(lat, lon, p.lat, p.lon) > MAX_KM;
	if (lat == null || lon == null || misplaced) {
		if (!p) return null;
		lat = p.lat;
		lon = p.lon;
		approximate = true;
	}
	return { record: { ...r, codeInsee: code ?? r.codeInsee, lat, lon, approximate }, dep };
}
