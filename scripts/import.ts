// `npm run import -- <file> --type <type> [--dry-run] [--accept-partial] [--remplacer-millesime]`,
// `npm run import -- --undo <id>`, `npm run import -- --history`: imports into the existing
// database ($MAILLAGE_DB or data/maillage.sqlite), see src/lib/server/import/run-import.ts.
import { existsSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename } from 'node:path';
import { IMPORT_TYPES, type ImportType } from '../src/lib/import/column-mapping';
import { databasePath, openDatabase, truncateWal } from '../src/lib/server/db/connection';
import { listImports } from '../src/lib/server/db/import-history';
import { undoImport } from '../src/lib/server/import/history';
import { formatReport } from '../src/lib/server/import/report';
import { runImport } from '../src/lib/server/import/run-import';

const USAGE = `Usage :
  npm run import -- <fichier> --type ${IMPORT_TYPES.join('|')} [--dry-run] [--accept-partial] [--remplacer-millesime]
  npm run import -- --undo <n° d’import>
  npm run import -- --history`;

function fail(message: string, code = 2): never {
	console.error(message);
	process.exit(code);
}

const argv = process.argv.slice(2);
let file: string | null = null;
let type: string | null = null;
let undo: number | null = null;
let dryRun = false;
let acceptPartial = false;
let replaceMillesime = false;
let history = false;
for (let i = 0; i < argv.length; i++) {
	const a = argv[i];
	if (a === '--type' || a === '-t') type = argv[++i] ?? null;
	else if (a.startsWith('--type=')) type = a.slice(7);
	else if (a === '--dry-run') dryRun = true;
	else if (a === '--accept-partial') acceptPartial = true;
	else if (a === '--remplacer-millesime') replaceMillesime = true;
	else if (a === '--history') history = true;
	else if (a === '--undo') {
		undo = Number(argv[++i]);
		if (!Number.isInteger(undo) || undo <= 0) fail(`Numéro d’import invalide.\n${USAGE}`);
	} else if (a.startsWith('--')) fail(`Option inconnue : ${a}\n${USAGE}`);
	else if (file === null) file = a;
	else fail(`Un seul fichier à la fois (reçu aussi : ${a}).\n${USAGE}`);
}

// Background work: the server's requests get the processor first (readers never wait, WAL).
try {
	setPriority(10);
} catch {
	/* not allowed: run at normal priority */
}
const dbPath = databasePath();
if (!existsSync(dbPath)) fail(`Base introuvable : ${dbPath} (lancez d’abord npm run db:build).`, 1);
// WAL: the server keeps answering while this runs, and a kill leaves nothing to repair.
const db = openDatabase(dbPath);

try {
	if (history) {
		const list = listImports(db);
		if (list.length === 0) console.log('Aucun import.');
		for (const i of list)
			console.log(
				`n° ${i.id}  ${i.date}  ${i.type.padEnd(15)} ${i.fichier}  ${i.importees} importées, ${i.mises_a_jour} mises à jour, ${i.rejetees} rejetées, ${i.changements} changements${i.annule_le ? `  (annulé le ${i.annule_le})` : ''}`
			);
	} else if (undo !== null) {
		const r = undoImport(db, undo);
		console.log(r.message);
		if (!r.ok) process.exitCode = 1;
	} else {
		if (!file) fail(`Fichier manquant.\n${USAGE}`);
		if (!type || !(IMPORT_TYPES as readonly string[]).includes(type))
			fail(`Type manquant ou inconnu : ${type ?? '(aucun)'}.\n${USAGE}`);
		if (!existsSync(file)) fail(`Fichier introuvable : ${file}`, 1);
		const report = runImport(db, {
			bytes: readFileSync(file),
			file: basename(file),
			type: type as ImportType,
			dryRun,
			acceptPartial,
			replaceMillesime
		});
		for (const line of formatReport(report)) console.log(line);
		if (report.counts.rejected > 0 && !acceptPartial) process.exitCode = 1;
		if (report.millesime?.systematic && !replaceMillesime && !dryRun) process.exitCode = 1;
	}
} catch (err) {
	console.error(`Échec de l’import : ${(err as Error).message}`);
	console.error('La base n’a pas été modifiée.');
	process.exitCode = 1;
} finally {
	truncateWal(db);
	db.close();
}
