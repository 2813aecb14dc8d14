import { parseIfn, deriveFromAnciens, type IfnRecord } from '../../import/ifn';
import { parseIllectronismeCsv, parseIllectronismeInseeJson } from '../../import/illectronisme';
import { aggregateByGroup } from '../../analysis/weighted-mean';
import { IFN_INDICATORS } from '../../catalog/indicators';
import { sourceInfo } from '../../import/sources';
import type { CogInput, Cog } from '../../import/cog';
import type { ImportIssue } from '../../import/types';
import type { IndicateurRow } from '../../types/rows';
import { parseCsv } from '../../import/csv';
import { readSourceJson, readSourceText } from './read-source';

export interface IndicatorsResult {
	rows: IndicateurRow[];
	issues: { source: string; issues: ImportIssue[] }[];
	derived: number;
}

/**
 * IFN per commune (as published, or derived from former communes for communes merged since),
 * population-weighted means per département, per EPCI and per région (EPCI and région over all
 * their communes, even those outside the selection) and for France, and illectronisme rates at
 * the level the sources give.
 */
export function indicatorsStep(
	input: CogInput,
	cog: Cog,
	franceIllectronisme: string,
	roots?: string[]
): IndicatorsResult {
	const ifnInfo = sourceInfo('ifn-2023');
	const f = readSourceText(ifnInfo.path, roots);
	const parsed = parseIfn(f.text, f.file);
	const current = input.communes.filter((c) => c.type === 'commune-actuelle' && c.departement);
	const derived = deriveFromAnciens(
		current.map((c) => ({ code: c.code, anciensCodes: c.anciensCodes ?? [] })),
		parsed.records
	);
	const byCode = new Map<string, IfnRecord>();
	for (const r of [...parsed.records, ...derived]) byCode.set(r.code, r);

	const rows: IndicateurRow[] = [];
	const millesime = '2023';
	for (const c of cog.communes) {
		const r = byCode.get(c.code);
		if (!r) continue;
		for (const [name, field] of IFN_INDICATORS) {
			const v = r[field];
			if (v == null) continue;
			rows.push({
				niveau: 'commune',
				code: c.code,
				indicateur: name,
				valeur: v,
				methode: r.derived ? 'anciennes_communes' : 'source',
				source: ifnInfo.key,
				millesime
			});
		}
	}

	// Weighted means: départements over the selection's communes, EPCI over all their members.
	const depOf = new Map(current.map((c) => [c.code, c.departement as string]));
	const popOf = new Map(current.map((c) => [c.code, c.population ?? 0]));
	const epciMembers = new Map<string, string[]>();
	for (const e of cog.epcis)
		for (const m of e.membres) epciMembers.set(m, [...(epciMembers.get(m) ?? []), e.code]);
	const wantedDeps = new Set(cog.departements.map((d) => d.code));
	const members = [
		...new Set(cog.epcis.flatMap((e) => e.membres).concat(cog.communes.map((c) => c.code)))
	];
	for (const [name, field] of IFN_INDICATORS) {
		const value = (code: string) => byCode.get(code)?.[field] ?? null;
		const weight = (code: string) => popOf.get(code) ?? 0;
		const byDep = aggregateByGroup(
			members,
			(code) => {
				const d = depOf.get(code);
				return d && wantedDeps.has(d) ? d : null;
			},
			value,
			weight
		);
		const byEpci = aggregateByGroup(
			members,
			(code) => epciMembers.get(code) ?? null,
			value,
			weight
		);
		for (const [niveau, groups] of [
			['departement', byDep],
			['epci', byEpci]
		] as const)
			for (const [code, g] of groups)
				if (g.mean != null)
					rows.push({
						niveau,
						code,
						indicateur: name,
						valeur: g.mean,
						methode: 'moyenne_ponderee',
						source: ifnInfo.key,
						millesime
					});
	}

	// Régions of the selection and France: every current commune of the région or the country,
	// whatever was selected, for the "moyenne régionale" and "moyenne France" references.
	const regionOfDep = new Map(input.departements.map((d) => [d.code, d.region]));
	const wantedRegions = new Set(cog.departements.map((d) => d.region));
	const france = current.map((c) => c.code);
	for (const [name, field] of IFN_INDICATORS) {
		const groups = aggregateByGroup(
			france,
			(code) => {
				const region = regionOfDep.get(depOf.get(code) ?? '');
				return region && wantedRegions.has(region) ? ['FR', `R${region}`] : 'FR';
			},
			(code) => byCode.get(code)?.[field] ?? null,
			(code) => popOf.get(code) ?? 0
		);
		for (const [key, g] of groups)
			if (g.mean != null)
				rows.push({
					niveau: key === 'FR' ? 'france' : 'region',
					code: key === 'FR' ? 'FR' : key.slice(1),
					indicateur: name,
					valeur: g.mean,
					methode: 'moyenne_ponderee',
					source: ifnInfo.key,
					millesime
				});
	}
	const fr = parseCsv(franceIllectronisme, 'illectronisme-france.csv');
	for (const { data } of fr.rows)
		rows.push({
			niveau: 'france',
			code: 'FR',
			indicateur: 'illectronisme',
			valeur: Number(data.taux_illectronisme_pct),
			methode: 'source',
			source: 'illectronisme-france',
			millesime: data.millesime
		});

	const ill = readSourceText(sourceInfo('illectronisme-fne').path, roots);
	const illFne = parseIllectronismeCsv(ill.text, ill.file);
	const hdfInfo = sourceInfo('illectronisme-insee-hdf');
	const hdf = readSourceJson<unknown>(hdfInfo.path, roots);
	const illHdf = parseIllectronismeInseeJson(hdf.data, hdf.file, hdfInfo.key, '2019');
	for (const [key, res] of [
		['illectronisme-fne', illFne],
		['illectronisme-insee-hdf', illHdf]
	] as const)
		for (const r of res.records)
			rows.push({
				niveau: r.niveau,
				code: r.code,
				indicateur: 'illectronisme',
				valeur: r.taux,
				methode: 'source',
				source: key,
				millesime: r.millesime
			});

	return {
		rows,
		derived: derived.length,
		issues: [
			{ source: 'ifn-2023', issues: parsed.issues },
			{ source: 'illectronisme-fne', issues: illFne.issues },
			{ source: 'illectronisme-insee-hdf', issues: illHdf.issues }
		]
	};
}
