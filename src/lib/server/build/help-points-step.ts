import { basename } from 'node:path';
import { parseFranceServices } from '../../import/france-services';
import { parseBibliotheques } from '../../import/bibliotheques';
import { parseLieuxV1 } from '../../import/mediation-v1';
import { parseDataInclusion } from '../../import/data-inclusion';
import { parseCnfs } from '../../import/cnfs';
import { parseAidantsConnect, type CommunePoint } from '../../import/aidants-connect';
import { mergeHelpPoints } from '../../import/dedup';
import { sourceInfo } from '../../import/sources';
import { issue } from '../../import/fields';
import { placeRecord, type Placement } from '../../import/placement';
import type { CommuneReference } from '../../import/commune-reference';
import type { HelpPointRecord, ImportIssue, ParseResult } from '../../import/types';
import type { LieuInput } from '../db/write';
import { readSourceJson, readSourceText } from './read-source';

/** What the help-points step knows of the communes. */
export interface BuildCommunes {
	/** The placement reference: the COG, with the built communes' points and contours. */
	reference: CommuneReference;
	/** A commune's point and name for a current or former code, in the whole country. */
	point: CommunePoint;
}

export interface HelpPointsResult {
	lieux: LieuInput[];
	issues: { source: string; issues: ImportIssue[] }[];
	perSource: { source: string; read: number; kept: number; rejected: number; warnings: number }[];
	dedupStats: Record<string, unknown>;
}

/** A parser of a source's file: its text (CSV) or its rows (JSON), its name, the source key. */
type Parse<Data> = (data: Data, file: string, sourceKey: string) => ParseResult<HelpPointRecord>;
type Rows = Record<string, unknown>[];
/** A source key and how to read its help points. */
type HelpPointSource = [string, () => ParseResult<HelpPointRecord>];

/**
 * The help-point sources, in the build's order, each with its parser; `point` gives the sources
 * that only name a commune's code (Aidants Connect) its point and name.
 */
export function helpPointSources(point: CommunePoint, roots?: string[]): HelpPointSource[] {
	const csv = (key: string, parse: Parse<string>): HelpPointSource => [
		key,
		() => {
			const s = readSourceText(sourceInfo(key).path, roots);
			return parse(s.text, s.file, key);
		}
	];
	const json = (key: string, parse: Parse<Rows>): HelpPointSource => [
		key,
		() => {
			const s = readSourceJson<Rows>(sourceInfo(key).path, roots);
			return parse(s.data, s.file, key);
		}
	];
	return [
		csv('france-services-2024', parseFranceServices),
		json('hub-du-sud-2023', parseLieuxV1),
		json('cnfs-2022', parseCnfs),
		json('data-inclusion-2023', parseDataInclusion),
		csv('bibliotheques', parseBibliotheques),
		csv('aidants-connect-2024', (text, file, key) => parseAidantsConnect(text, file, point, key))
	];
}

/** Read every help-point source, keep the records of the built départements, merge duplicates. */
export function helpPointsStep(
	departements: Set<string> | null,
	communes: BuildCommunes,
	log: (msg: string) => void,
	roots?: string[]
): HelpPointsResult {
	const parsers = helpPointSources(communes.point, roots);

	const kept: HelpPointRecord[] = [];
	const depOf = new WeakMap<HelpPointRecord, string>();
	const issues: HelpPointsResult['issues'] = [];
	const perSource: HelpPointsResult['perSource'] = [];
	for (const [key, parse] of parsers) {
		const t0 = performance.now();
		const res = parse();
		let n = 0;
		const all = [...res.issues];
		const file = basename(sourceInfo(key).path);
		for (const r of res.records) {
			const placed = placeForBuild(r, communes.reference);
			const ours = placed.departements.some((d) => !departements || departements.has(d));
			// The line is not known after parsing (0): the message names the record's id.
			const level = placed.record ? 'warning' : 'error';
			if (ours)
				for (const w of placed.warnings)
					all.push(issue(level, file, 0, w.field, `Lieu « ${r.sourceId} » : ${w.message}`));
			if (!placed.record || !ours) continue;
			kept.push(placed.record);
			depOf.set(placed.record, placed.departements[0]);
			n++;
		}
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
 * A source record placed by the placement rule (`placement.ts`): its current commune, the COG
 * name where its own does not fit, and a position (the commune's point, marked approximate, when
 * it has none or a wrong one). `record` is null when it cannot be placed.
 */
export function placeForBuild(
	r: HelpPointRecord,
	reference: CommuneReference
): Pick<Placement, 'departements' | 'warnings'> & { record: HelpPointRecord | null } {
	const p = placeRecord(r, reference);
	const record =
		p.code && p.position ? { ...r, codeInsee: p.code, commune: p.commune, ...p.position } : null;
	return { record, departements: p.departements, warnings: p.warnings };
}
