import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { parseCommunePoints } from '../../import/representative-point';
import { COG_SOURCE, SOURCES, sourceInfo } from '../../import/sources';
import { createDatabase } from '../db/connection';
import {
	tableCounts,
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
import { helpPointsStep, type CommuneLookup } from './help-points-step';
import { indicatorsStep } from './indicators-step';
import { publishedStep } from './published-step';
import { readSourceText } from './read-source';
import { emptyOldWal, removeStaleBuildFiles } from './stale-files';
import { loadCogInput, territoriesStep } from './territories-step';
import { normalizeName } from '../../analysis/commune-search';
import { placeAtCentres, townCentres } from '../../import/town-centre';

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
	const lookup = communeLookup(input, points, terr.communes);
	const hp = helpPointsStep(
		opts.departements ? new Set(opts.departements) : null,
		lookup,
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
				terr.departements,
				terr.epcis,
				terr.communes,
				COG_SOURCE.key,
				'contours-2018'
			);
			writeIndicators(db, ind.rows);
			writePublishedIndicators(db, published.rows);
			writeLieux(db, hp.lieux);
			const epciMembers = new Map(
				terr.epcis.map((e) => [
					e.code,
					terr.cog.epcis.find((x) => x.code === e.code)?.membres ?? []
				])
			);
			writeServiceAreas(
				db,
				hp.lieux
					.filter((l) => l.itinerant && l.codeInsee)
					.flatMap((l) => {
						const e = lookup.epciOf(l.codeInsee as string);
						const members = e ? (epciMembers.get(e) ?? []) : [l.codeInsee as string];
						return members.map((m) => ({ lieu: l.id, codeInsee: m, origine: 'epci' }));
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

function communeLookup(
	input: ReturnType<typeof loadCogInput>,
	points: Map<string, { lat: number; lon: number }>,
	built: { code: string; lat: number | null; lon: number | null; epci: string | null }[]
): CommuneLookup {
	const current = new Map<string, { dep: string; nom: string }>();
	const formerToCurrent = new Map<string, string>();
	const byPostcode = new Map<string, { code: string; nom: string; dep: string }[]>();
	for (const c of input.communes) {
		if (c.type !== 'commune-actuelle' || !c.departement) continue;
		current.set(c.code, { dep: c.departement, nom: c.nom });
		for (const a of c.anciensCodes ?? []) formerToCurrent.set(a, c.code);
		for (const cp of (c as { codesPostaux?: string[] }).codesPostaux ?? [])
			byPostcode.set(cp, [
				...(byPostcode.get(cp) ?? []),
				{ code: c.code, nom: c.nom, dep: c.departement }
			]);
	}
	// Delegated and associated communes point to their parent commune.
	// and municipal arrondissements (Paris, Lyon, Marseille) to their commune.
	for (const c of input.communes as {
		code: string;
		type: string;
		chefLieu?: string;
		commune?: string;
	}[]) {
		const parent = c.type === 'arrondissement-municipal' ? c.commune : c.chefLieu;
		if (c.type !== 'commune-actuelle' && parent && !formerToCurrent.has(c.code))
			formerToCurrent.set(c.code, parent);
	}
	const builtPoint = new Map(built.filter((b) => b.lat != null).map((b) => [b.code, b]));
	const epciOf = new Map<string, string>();
	for (const e of input.epci) for (const m of e.membres) epciOf.set(m.code, e.code);
	return {
		current: (code) => (current.has(code) ? code : (formerToCurrent.get(code) ?? null)),
		departementOf: (code) => current.get(code)?.dep ?? null,
		point: (code) => {
			const p = builtPoint.get(code) ?? points.get(code);
			const nom = current.get(code)?.nom;
			return p && p.lat != null && p.lon != null && nom ? { lat: p.lat, lon: p.lon, nom } : null;
		},
		communeOfPostcode: (cp, nom, at) => {
			const list = byPostcode.get(cp) ?? [];
			const wanted = nom ? normalizeName(nom) : '';
			let match =
				list.length === 1 ? list[0] : list.find((c) => wanted && normalizeName(c.nom) === wanted);
			// Ambiguous postcode and a name that does not match (misspelt, former commune): the
			// candidate whose point is nearest the record's position.
			if (!match && at && list.length > 1) {
				const d = (c: { code: string }) => {
					const p = points.get(c.code);
					return p
						? (p.lat - at.lat) ** 2 + ((p.lon - at.lon) * Math.cos((at.lat * Math.PI) / 180)) ** 2
						: Infinity;
				};
				match = [...list].sort((a, b) => d(a) - d(b))[0];
				if (d(match) === Infinity) match = undefined;
			}
			if (match) return { code: match.code, dep: match.dep };
			// Otherwise the département its first digits name, when a candidate has it (20: Corsica).
			const prefix = cp.startsWith('97') ? cp.slice(0, 3) : cp.slice(0, 2);
			const dep =
				list.find((c) => c.dep === prefix || (prefix === '20' && /^2[AB]$/.test(c.dep)))?.dep ??
				null;
			return dep ? { code: null, dep } : null;
		},

		epciOf: (code) => epciOf.get(code) ?? null
	};
}
