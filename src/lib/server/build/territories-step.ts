import { readFileSync } from 'node:fs';
import { buildCog, type Cog, type CogInput } from '../../import/cog';
import {
	contoursFileFor,
	epciOutlines,
	mergeCommuneShapes,
	simplifyArea,
	departementShape,
	type Area,
	type Feature2018
} from '../../import/contours';
import type { CommuneInput, DepartementInput, EpciInput, RegionInput } from '../db/write';
import { listSourceDir } from './read-source';

export interface TerritoriesResult {
	cog: Cog;
	departements: DepartementInput[];
	/** Régions holding the selected départements. */
	regions: RegionInput[];
	epcis: EpciInput[];
	communes: CommuneInput[];
	missingShapes: string[];
	counts: Record<string, number>;
}

/**
 * Départements, EPCI and communes of the selection with their shapes. Contours of neighbouring
 * départements are read too when an EPCI straddles the border, so its outline is whole.
 */
export function territoriesStep(
	input: CogInput,
	depCodes: string[] | null,
	points: Map<string, { lat: number; lon: number }>,
	log: (msg: string) => void,
	roots?: string[]
): TerritoriesResult {
	const cog = buildCog(input, depCodes ?? undefined);
	const files = listSourceDir('contours', roots);
	const names = [...files.keys()];
	const wantedDeps = new Set(cog.communes.map((c) => c.departement));
	const epciDeps = new Set(cog.epcis.flatMap((e) => e.departements));
	const allCurrent = input.communes.filter(
		(c) => c.type === 'commune-actuelle' && c.departement && epciDeps.has(c.departement)
	);

	const features: Feature2018[] = [];
	const depShapes = new Map<string, Area>();
	let done = 0;
	for (const dep of [...new Set([...wantedDeps, ...epciDeps])].sort()) {
		const f = contoursFileFor(dep, names, 'communes');
		if (f) {
			const fc = JSON.parse(readFileSync(files.get(f)!, 'utf8')) as { features: Feature2018[] };
			for (const x of fc.features) features.push(x);
		} else if (wantedDeps.has(dep)) log(`  ! pas de contours de communes pour ${dep}`);
		const d = wantedDeps.has(dep) ? contoursFileFor(dep, names, 'departement') : null;
		if (d) {
			const fc = JSON.parse(readFileSync(files.get(d)!, 'utf8'));
			depShapes.set(dep, departementShape(fc.type === 'Feature' ? [fc] : fc.features));
		}
		if (++done % 20 === 0) log(`  contours lus : ${done} départements`);
	}

	const merged = mergeCommuneShapes(
		allCurrent.map((c) => ({ code: c.code, anciensCodes: c.anciensCodes ?? [] })),
		features
	);
	const shapeOf = new Map(merged.shapes.map((s) => [s.code, s]));
	const outlines = new Map(epciOutlines(cog.epcis, merged.shapes).map((o) => [o.code, o.geometry]));

	const postcodes = new Map(
		(input.communes as { code: string; type: string; codesPostaux?: string[] }[])
			.filter((c) => c.type === 'commune-actuelle')
			.map((c) => [c.code, c.codesPostaux ?? []])
	);
	const popByDep = new Map<string, number>();
	const communes: CommuneInput[] = cog.communes.map((c) => {
		const s = shapeOf.get(c.code);
		const p = points.get(c.code);
		popByDep.set(c.departement, (popByDep.get(c.departement) ?? 0) + (c.population ?? 0));
		return {
			code: c.code,
			nom: c.nom,
			departement: c.departement,
			epci: c.epci,
			population: c.population ?? 0,
			codesPostaux: postcodes.get(c.code) ?? [],
			lat: p?.lat ?? null,
			lon: p?.lon ?? null,
			geometry: s ? simplifyArea(s.geometry) : null,
			geomStatus: s ? s.geomStatus : 'missing'
		};
	});
	const popAll = new Map(
		input.communes
			.filter((c) => c.type === 'commune-actuelle')
			.map((c) => [c.code, c.population ?? 0])
	);
	const epcis: EpciInput[] = cog.epcis.map((e) => ({
		code: e.code,
		nom: e.nom,
		type: e.type,
		population: e.membres.reduce((a, m) => a + (popAll.get(m) ?? 0), 0),
		departements: e.departements,
		geometry: outlines.get(e.code) ?? null
	}));
	const departements: DepartementInput[] = cog.departements
		.filter((d) => wantedDeps.has(d.code))
		.map((d) => ({
			code: d.code,
			nom: d.nom,
			region: d.region,
			population: popByDep.get(d.code) ?? 0,
			geometry: depShapes.get(d.code) ?? null
		}));
	const wantedRegions = new Set(departements.map((d) => d.region));
	const regions = (input.regions ?? []).filter((r) => wantedRegions.has(r.code));
	const counts: Record<string, number> = { exact: 0, union: 0, fallback: 0, missing: 0 };
	for (const c of communes) counts[c.geomStatus]++;
	return { cog, departements, regions, epcis, communes, missingShapes: merged.missing, counts };
}
