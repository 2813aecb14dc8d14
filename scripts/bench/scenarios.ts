// Scenario figures (issue 13): re-evaluating a département and France after one change, and
// suggesting 10 sites in a département. `tsx scripts/bench/scenarios.ts [base.sqlite]` alone, or
// `benchScenarios(db)` from the bench.
import Database from 'better-sqlite3';
import { pathToFileURL } from 'node:url';
import { DEFAULT_PARAMS } from '../../src/lib/analysis/coverage-params';
import { evaluateScenario } from '../../src/lib/analysis/scenarios/evaluate';
import { suggestBusRoute, suggestSites } from '../../src/lib/analysis/scenarios/suggest';
import { DEFAULT_BUS_RANGE_KM } from '../../src/lib/params/scenario';
import { scenarioBase } from '../../src/lib/server/scenarios/scenario-base';
import { median, timeRuns, type BenchLine } from './stats';

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;

export async function benchScenarios(db: Database.Database): Promise<BenchLine[]> {
	const lines: BenchLine[] = [];
	for (const [code, target] of [
		['04', 100],
		['FR', 2000]
	] as const) {
		const loaded = await scenarioBase(db, code, DEFAULT_PARAMS);
		if (!loaded) continue;
		const { base } = loaded;
		// one change: the help point nearest to the most populated commune is switched off
		const i = base.communes.reduce(
			(b, c, j) => (c.population > base.communes[b].population ? j : b),
			0
		);
		const id = base.before![i].nearest?.id ?? base.points[0].id;
		const runs = timeRuns(
			() => evaluateScenario(base, { remove: [id], add: [], params: DEFAULT_PARAMS }),
			code === 'FR' ? 5 : 20
		);
		const t = median(runs);
		lines.push({
			name: `scénario : réévaluer ${code} après un lieu retiré`,
			value: ms(t),
			target: `< ${target} ms`,
			ok: t < target,
			method: `médiane de ${runs.length} évaluations (chiffres avant/après, communes changées), base en mémoire`
		});
		if (code === '04') {
			const candidates = base.communes.flatMap((c) =>
				c.lat !== null && c.lon !== null
					? [{ code: c.code, nom: c.nom, lat: c.lat, lon: c.lon }]
					: []
			);
			const s = median(
				timeRuns(
					() =>
						suggestSites(base.communes, base.before!, candidates, {
							n: 10,
							thresholdKm: DEFAULT_PARAMS.seuilKm
						}),
					10
				)
			);
			lines.push({
				name: 'scénario : suggérer 10 sites dans le 04',
				value: ms(s),
				target: '< 2000 ms',
				ok: s < 2000,
				method: 'médiane de 10 recherches gloutonnes, candidats = les 198 centres de commune'
			});
			const b = median(
				timeRuns(
					() =>
						suggestBusRoute(base.communes, base.before!, candidates, {
							k: 10,
							rangeKm: DEFAULT_BUS_RANGE_KM
						}),
					10
				)
			);
			lines.push({
				name: 'scénario : 10 arrêts d’un bus dans le 04',
				value: ms(b),
				target: '< 2000 ms',
				ok: b < 2000,
				method: `médiane de 10 recherches exactes (chaque centre de commune essayé comme base, portée ${DEFAULT_BUS_RANGE_KM} km)`
			});
		}
	}
	return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const db = new Database(process.argv[2] ?? 'tests/.tmp/e2e.sqlite', { readonly: true });
	for (const l of await benchScenarios(db))
		console.log(
			`${l.name.padEnd(50)} ${l.value.padStart(10)}  (cible ${l.target}) ${l.ok ? '✓' : '✗'}`
		);
}
