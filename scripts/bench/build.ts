// Build time and peak memory, each build in a fresh process so its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export type { BenchLine } from './stats';
import type { BenchLine } from './stats';

/** Builds 04; 04,03,40; France into `dir` (kept: later benches use them). */
export function benchBuild(dir: string): BenchLine[] {
	const lines: BenchLine[] = [];
	{
		for (const [deps, label, targetS, targetMb] of [
			['04', '04', 10, null],
			['04,03,40', '04,03,40', 30, null],
			['all', 'France entière', 90, 1536]
		] as const) {
			const out = execFileSync(
				process.execPath,
				['--import', 'tsx', 'scripts/bench/build-once.ts', deps, join(dir, `${deps}.sqlite`)],
				{ encoding: 'utf8', maxBuffer: 1 << 24 }
			);
			const r = JSON.parse(out.trim().split('\n').at(-1) as string);
			lines.push({
				name: `build ${label} (${r.communes} communes, ${r.lieux} lieux) : durée`,
				value: `${r.seconds.toFixed(1)} s`,
				target: `< ${targetS} s`,
				ok: r.seconds < targetS,
				method: '1 build, processus dédié'
			});
			lines.push({
				name: `build ${label} : mémoire maximale`,
				value: `${Math.round(r.peakMb)} Mo`,
				target: targetMb ? `< ${targetMb} Mo` : undefined,
				ok: targetMb ? r.peakMb < targetMb : undefined
			});
		}
	}
	return lines;
}
