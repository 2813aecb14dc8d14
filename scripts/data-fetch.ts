// `npm run data:fetch [-- --departements 04,03,40] [--base-url URL]`:
// download the official open-data files into data/sources/ (read first by the source resolver).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fetchPlan } from '../src/lib/import/fetch-plan';
import { fetchSources } from '../src/lib/server/sources/fetch-sources';
import { parseArgs } from './args';

const require = createRequire(import.meta.url);
const allDeps = require('@etalab/decoupage-administratif/data/departements.json') as {
	code: string;
	nom: string;
}[];

const args = parseArgs(process.argv.slice(2));
const wanted = args.departements ?? allDeps.map((d) => d.code);
const deps = allDeps.filter((d) => wanted.includes(d.code));
const root = join(process.cwd(), 'data', 'sources');
const items = fetchPlan(deps, args.baseUrl);
console.log(`Téléchargement de ${items.length} fichiers vers ${root}`);
const report = await fetchSources(items, root, (done, total, item, error) =>
	console.log(
		`[${done}/${total}] ${error ? 'ÉCHEC' : 'ok'} ${item.path}${error ? ` : ${error}` : ''}`
	)
);
console.log(`${report.ok.length} fichiers téléchargés, ${report.failed.length} échecs.`);
process.exit(report.failed.length ? 1 : 0);
