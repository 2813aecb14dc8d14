// `npm run bench`: print the speed and memory figures the issues set targets for.
import { benchBuild, type BenchLine } from './bench/build';

const sections: [string, () => BenchLine[] | Promise<BenchLine[]>][] = [
	['Construction de la base', benchBuild]
];

const only = process.argv[2];
for (const [title, run] of sections) {
	if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
	console.log(`\n== ${title}`);
	for (const l of await run()) {
		const verdict = l.ok === undefined ? '' : l.ok ? '  ✓' : '  ✗ au-delà de la cible';
		console.log(
			`  ${l.name.padEnd(58)} ${l.value.padStart(10)}${l.target ? `  (cible ${l.target})` : ''}${verdict}`
		);
	}
}
