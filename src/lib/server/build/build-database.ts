import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { parseCommunePoints } from '../../import/representative-point';
import { COG_SOURCE, SOURCES, sourceInfo } from '../../import/sources';
import { createDatabase, openDatabase } from '../db/connection';
import { insertCarriedScenarios, placeIdsByKey, scenariosToCarry } from '../db/scenario-carry';
import { carryScenarios } from './carry-scenarios';
import type { ArrondissementInput } from '../db/write';
import {
	tableCounts,
	writeArrondissements,
	writeBuildInfo,
	writeIndicators,
	writePublishedIndicators,
	writeIssues,
	writeLieux,
	writeServiceAreas,
	writeSources,
	writeTerritories
} from '../db/write';
import { sourceRoots } from '../sources/source-resolver';
import { helpPointsStep, type BuildCommunes } from './help-points-step';
import { indicatorsStep } from './indicators-step';
import { publishedStep } from './published-step';
import { readSourceText } from './read-source';
import { emptyOldWal, removeStaleBuildFiles } from './stale-files';
import { loadCogInput } from '../sources/cog-input';
import { territoriesStep } from './territories-step';
import { cogIndex, communeReference, type CommunePosition } from '../../import/commune-reference';
import { arrondissements, type CogInput } from '../../import/cog';
import type { Area } from '../../import/contours';
import { placeAtCentres, townCentres } from '../../import/town-centre';
import { defaultServiceArea } from '../../import/service-area';

export interface BuildOptions {
	/** Département codes to build, or null for the whole country. */
	departements: string[] | null;
	/** Final database path; the build writes `<out>.tmp-<pid>` and renames it at the end. */
	out: string;
	roots?: string[];
	log?: (msg: string) => void;
}

export interface BuildSummary {
	counts: Record<string, number>;
	/** Saved scenarios taken over from the database replaced, and the places they lost. */
	scenarios: { carried: number; placesLost: number };
	rejected: { source: string; errors: number; warnings: number; examples: string[] }[];
	dedup: Record<string, unknown>;
	geometry: Record<string, number>;
	seconds: number;
}

/**
 * Build the Maillage database from the open-data sources into a temporary file, in one
 * transaction, then atomically replace `out`. A failure leaves the previous database untouched.
 */
export function buildDatabase(opts: BuildOptions): BuildSummary {
	const log = opts.log ?? (() => {});
	const roots = opts.roots ?? sourceRoots();
	const t0 = performance.now();
	const step = (msg: string) => log(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${msg}`);
	const tmp = `${opts.out}.tmp-${process.pid}`;
	if (existsSync(tmp)) rmSync(tmp);
	const stale = removeStaleBuildFiles(opts.out);
	if (stale.length) step(`Fichiers d’une construction interrompue supprimés : ${stale.join(', ')}`);

	step(`Sources lues dans : ${roots.join(', ')}`);
	const input = loadCogInput();
	const unknown = (opts.departements ?? []).filter(
		(d) => !input.departements.some((x) => x.code === d)
	);
	if (unknown.length) throw new Error(`Département inconnu : ${unknown.join(', ')}`);

	step('Points de référence des communes…');
	const ptsFile = readSourceText(sourceInfo('communes-latlng-2024').path, roots);
	const pts = parseCommunePoints(ptsFile.text, ptsFile.file);
	const points = new Map(pts.records.map((p) => [p.code, { lat: p.lat, lon: p.lon }]));
	const armPoints = new Map(
		parseCommunePoints(ptsFile.text, ptsFile.file, 'ARM').records.map((p) => [p.code, p])
	);

	step('Territoires et contours…');
	const terr = territoriesStep(input, opts.departements, points, step, roots);
	// Communes without a CSV point get a point on their shape, computed by the territories step.
	step(
		`  ${terr.communes.length} communes (${Object.entries(terr.counts)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}), ${terr.epcis.length} EPCI, ${terr.departements.length} départements`
	);

	step('Indicateurs (IFN, illectronisme)…');
	const ind = indicatorsStep(
		input,
		terr.cog,
		readFileSync(new URL('../../../../data/illectronisme-france.csv', import.meta.url), 'utf8'),
		roots
	);
	step(
		`  ${ind.rows.length} valeurs, dont ${ind.derived} communes calculées depuis leurs anciennes communes`
	);
	const published = publishedStep(terr.cog, roots);
	step(`  ${published.rows.length} valeurs publiées par EPCI`);

	step('Lieux d’aide…');
	// The territories step gives each commune its simplified shape (an Area) or null.
	const shapes = terr.communes.map((c) => ({ ...c, geometry: c.geometry as Area | null }));
	const communes = buildCommunes(input, armPoints, points, shapes);
	const hp = helpPointsStep(
		opts.departements ? new Set(opts.departements) : null,
		communes,
		step,
		roots
	);
	step(`  dédoublonnage : ${JSON.stringify(hp.dedupStats)}`);

	step('Centres des communes…');
	const centres = townCentres(terr.communes, hp.lieux);
	const placed = placeAtCentres(terr.communes, hp.lieux, centres);
	terr.communes = placed.communes;
	hp.lieux = placed.lieux;
	const byMethod = (m: string) => centres.filter((c) => c.method === m).length;
	step(
		`  ${byMethod('mairie')} à la mairie, ${byMethod('services')} au cœur de leurs services, ${byMethod('commune')} au point du fichier des communes`
	);

	step('Écriture de la base…');
	const db = createDatabase(tmp);
	try {
		db.transaction(() => {
			writeSources(db, [COG_SOURCE, ...SOURCES]);
			writeTerritories(
				db,
				terr.regions,
				terr.departements,
				terr.epcis,
				terr.communes,
				COG_SOURCE.key,
				'contours-2018'
			);
			writeArrondissements(db, arrondissementsOf(input, terr.communes, armPoints));
			writeIndicators(db, ind.rows);
			writePublishedIndicators(db, published.rows);
			writeLieux(db, hp.lieux);
			const epciOf = new Map(terr.cog.communes.map((c) => [c.code, c.epci]));
			const epcis = new Map(
				terr.cog.epcis.map((e) => [e.code, { type: e.type, membres: e.membres }])
			);
			writeServiceAreas(
				db,
				hp.lieux
					.filter((l) => l.itinerant && l.codeInsee)
					.flatMap((l) => {
						const code = l.codeInsee as string;
						const epci = epcis.get(epciOf.get(code) ?? '') ?? null;
						return defaultServiceArea(code, epci).map((m) => ({
							lieu: l.id,
							codeInsee: m,
							origine: 'epci'
						}));
					})
			);
			for (const { source, issues } of [...ind.issues, published.issues, ...hp.issues])
				writeIssues(db, source, issues);
			writeBuildInfo(db, {
				date: new Date().toISOString(),
				departements: opts.departements ? opts.departements.join(',') : 'all',
				dedoublonnage: JSON.stringify(hp.dedupStats)
			});
		})();
		// Statistics for the query planner: without them, a département's indicators are read by
		// scanning those of the whole country (760 ms instead of 20 ms at national scale).
		db.exec('ANALYZE');
		// last, so that a scenario saved while the country was being built is not left behind
		const scenarios = carryScenariosFrom(opts.out, db);
		if (scenarios.carried)
			step(
				`  ${scenarios.carried} scénario(s) enregistré(s) repris` +
					(scenarios.placesLost
						? `, ${scenarios.placesLost} lieu(x) retiré(s) par eux absent(s) des nouvelles données`
						: '')
			);
		const counts = tableCounts(db);
		// WAL is stored in the file: the server's readers then never wait for an import.
		db.pragma('journal_mode = WAL');
		db.close();
		if (!emptyOldWal(opts.out))
			throw new Error(
				'la base est en cours d’écriture (un import est en cours) : relancez la construction quand il sera fini.'
			);
		renameSync(tmp, opts.out);
		const rejected = [...ind.issues, ...hp.issues].map(({ source, issues }) => ({
			source,
			errors: issues.filter((i) => i.level === 'error').length,
			warnings: issues.filter((i) => i.level === 'warning').length,
			examples: issues
				.filter((i) => i.level === 'error')
				.slice(0, 3)
				.map((i) => `${i.file}:${i.line} ${i.field} : ${i.message}`)
		}));
		return {
			counts,
			scenarios,
			rejected,
			dedup: hp.dedupStats,
			geometry: terr.counts,
			seconds: (performance.now() - t0) / 1000
		};
	} catch (err) {
		try {
			db.close();
		} catch {
			/* already closed */
		}
		rmSync(tmp, { force: true });
		throw err;
	}
}

/**
 * The saved scenarios of the database at `path` (the one the build replaces), written into `db`
 * with their places found again by source record. A file that is not a database holds none; a
 * database that cannot be read fails the build, which then leaves it in place.
 */
function carryScenariosFrom(
	path: string,
	db: ReturnType<typeof createDatabase>
): { carried: number; placesLost: number } {
	if (!existsSync(path)) return { carried: 0, placesLost: 0 };
	let old;
	try {
		old = openDatabase(path, { readOnly: true });
	} catch {
		return { carried: 0, placesLost: 0 };
	}
	try {
		const { rows, keysOf, lastId } = scenariosToCarry(old);
		if (!lastId) return { carried: 0, placesLost: 0 };
		const carried = carryScenarios(rows, keysOf, placeIdsByKey(db));
		insertCarriedScenarios(db, carried.rows, lastId);
		return { carried: rows.length, placesLost: carried.placesLost };
	} finally {
		old.close();
	}
}

/**
 * The communes as the help-points step needs them: the placement reference (the COG with the
 * built communes' points and contours, as the database will store them, so that an import
 * places records the same way) and every commune's point for the sources that give only a code.
 */
function buildCommunes(
	input: CogInput,
	armPoints: Map<string, { lat: number; lon: number }>,
	points: Map<string, { lat: number; lon: number }>,
	built: CommunePosition[]
): BuildCommunes {
	const reference = communeReference(cogIndex(input.communes), built);
	return {
		reference,
		point: (code) => {
			const c = reference.current(code);
			// an arrondissement's code (Aidants Connect gives 75107) is placed at its own point
			const p = c
				? (armPoints.get(code) ?? reference.point(c.code) ?? points.get(c.code))
				: undefined;
			return c && p ? { lat: p.lat, lon: p.lon, nom: c.nom } : null;
		}
	};
}

/** The municipal arrondissements of the built communes, at their points of the communes file. */
function arrondissementsOf(
	input: CogInput,
	built: readonly { code: string }[],
	armPoints: Map<string, { lat: number; lon: number }>
): ArrondissementInput[] {
	const byCommune = arrondissements(input.communes);
	return built.flatMap((c) =>
		(byCommune.get(c.code) ?? []).map((a) => ({
			code: a.code,
			nom: a.nom,
			commune: c.code,
			population: a.population ?? 0,
			codesPostaux: a.codesPostaux,
			lat: armPoints.get(a.code)?.lat ?? null,
			lon: armPoints.get(a.code)?.lon ?? null
		}))
	);
}
