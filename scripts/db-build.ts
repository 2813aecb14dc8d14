// `npm run db:build [-- --departements 04,03,40]`: build data/maillage.sqlite ($MAILLAGE_DB) for
// the whole country, or for a few départements (quick builds, tests).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { buildDatabase } from '../src/lib/server/build/build-database';
import { databasePath, openDatabase } from '../src/lib/server/db/connection';
import { standingImports } from '../src/lib/server/db/import-history';
import { openReportCount } from '../src/lib/server/db/reports';
import { parseArgs } from './args';

const args = parseArgs(process.argv.slice(2));
const out = args.out ? args.out : databasePath();
mkdirSync(dirname(out), { recursive: true });
const deps = args.departements;
// files imported by planners and not undone; residents' reports not yet accepted or dismissed
// (corrections are imports, counted in the first)
const kept = existsSync(out) ? readExisting(out, standingImports, []) : [];
const reports = existsSync(out) ? readExisting(out, openReportCount, 0) : 0;
// (saved scenarios are carried into the new database: they do not stop a build)
if ((kept.length || reports) && !args.force) {
	const what = [
		kept.length ? `${kept.length} import(s) de planificateurs (${kept.join(', ')})` : '',
		reports ? `${reports} signalement(s) d’habitants en attente` : ''
	];
	console.error(
		`La base ${out} contient ${what.filter(Boolean).join(' et ')}.\n` +
			'La reconstruire les effacerait. Relancez avec --force pour la remplacer, puis réimportez ces fichiers.'
	);
	process.exit(1);
}
console.log(`Construction de ${out} pour ${deps ? deps.join(', ') : 'toute la France'}`);
try {
	const s = buildDatabase({ departements: deps, out, log: (m) => console.log(m) });
	console.log('\nRésumé');
	for (const [t, n] of Object.entries(s.counts)) console.log(`  ${t.padEnd(16)} ${n}`);
	console.log('Contours des communes :', JSON.stringify(s.geometry));
	if (s.scenarios.carried)
		console.log(
			`Scénarios enregistrés repris : ${s.scenarios.carried} (lieux retirés introuvables dans les nouvelles données : ${s.scenarios.placesLost})`
		);
	console.log('Dédoublonnage des lieux :', JSON.stringify(s.dedup));
	console.log('Lignes rejetées ou corrigées par source :');
	for (const r of s.rejected) {
		console.log(`  ${r.source.padEnd(24)} ${r.errors} rejetées, ${r.warnings} avertissements`);
		for (const e of r.examples) console.log(`    ex. ${e}`);
	}
	console.log(`Base écrite en ${s.seconds.toFixed(1)} s.`);
} catch (err) {
	console.error(`\nÉchec de la construction : ${(err as Error).message}`);
	console.error('La base existante n’a pas été modifiée.');
	process.exit(1);
}

/**
 * What `read` finds in the existing database at `path`, or `none` when the file is not a
 * database of Maillage (nothing to protect).
 */
function readExisting<T>(path: string, read: (db: Database.Database) => T, none: T): T {
	try {
		const db = openDatabase(path, { readOnly: true });
		try {
			return read(db);
		} finally {
			db.close();
		}
	} catch {
		return none;
	}
}
