// `npm run print -- --territoire 04 --theme zones-blanches --format A4-paysage --out carte.pdf`
// `npm run print -- --affiche 04070 --out affiche.pdf` — the output kind follows the extension.
// `npm run print -- --dossier 04 --out dossier.pdf` (or `.zip`: its tables as CSV).
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { getDb } from '../src/lib/server/db/connection';
import { parsePosterParams, parseSheetParams } from '../src/lib/params/print';
import { publicUrl } from '../src/lib/server/http/public-url';
import {
	OUTPUT_KINDS,
	printPoster,
	printSheet,
	type OutputKind
} from '../src/lib/server/print/print-output';
import { closePrintBrowser } from '../src/lib/server/print/print-browser';
import {
	DOSSIER_KINDS,
	printDossier,
	type DossierKind
} from '../src/lib/server/print/dossier-output';

const OPTIONS: Record<string, string> = {
	'--territoire': 'territoire',
	'--theme': 'theme',
	'--format': 'format',
	'--titre': 'titre',
	'--sous-titre': 'sous_titre',
	'--affiche': 'commune',
	'--dossier': 'dossier',
	'--out': 'out',
	'--base-url': 'base'
};

function fail(message: string): never {
	console.error(message);
	console.error(
		'Usage : npm run print -- --territoire 04 [--theme lieux|ifn|zones-blanches|illectronisme] [--format A4-portrait|A4-paysage|A3-portrait|A3-paysage] [--titre …] [--sous-titre …] [--nb] [--base-url URL] --out carte.pdf\n' +
			'        npm run print -- --affiche 04070 [--nb] --out affiche.pdf   (extension .pdf, .png ou .svg)\n' +
			'        npm run print -- --dossier 04|SIREN --out dossier.pdf   (ou .zip : les tableaux en CSV)'
	);
	process.exit(2);
}

const q = new URLSearchParams();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	if (argv[i] === '--nb') q.set('nb', '1');
	else if (OPTIONS[argv[i]] && argv[i + 1] !== undefined) q.set(OPTIONS[argv[i]], argv[++i]);
	else fail(`Option inconnue ou sans valeur : ${argv[i]}`);
}
const out = q.get('out') ?? fail('Option --out manquante.');
const kind = extname(out).slice(1).toLowerCase();
const kinds: readonly string[] = q.has('dossier') ? DOSSIER_KINDS : OUTPUT_KINDS;
if (!kinds.includes(kind))
	fail(
		`Extension « ${extname(out)} » non prise en charge : ${kinds.map((k) => `.${k}`).join(', ')}.`
	);
const ctx = { origin: (q.get('base') ?? publicUrl()).replace(/\/+$/, ''), now: new Date() };

const t0 = performance.now();
try {
	const db = getDb();
	let result;
	if (q.has('dossier')) {
		result = await printDossier(db, q.get('dossier')!, ctx, kind as DossierKind);
	} else if (q.has('commune')) {
		const p = parsePosterParams(q);
		if (!p.ok) fail(p.error);
		result = await printPoster(db, p.value, ctx, kind as OutputKind);
	} else {
		const p = parseSheetParams(q);
		if (!p.ok) fail(p.error);
		result = await printSheet(db, p.value, ctx, kind as OutputKind);
	}
	if (!result.ok) fail(result.error);
	writeFileSync(out, result.file.body);
	console.log(
		`${out} écrit (${Math.round(result.file.body.length / 1024)} Ko, ${result.file.pages} page${result.file.pages > 1 ? 's' : ''}, ${Math.round(performance.now() - t0)} ms).`
	);
} finally {
	await closePrintBrowser();
}
