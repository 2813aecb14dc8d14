// Small statistics helpers for the benchmarks.
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}

export function median(values: number[]): number {
	return percentile(
		[...values].sort((a, b) => a - b),
		50
	);
}

/** Run `fn` `warmup` times, then `runs` times, and return the timings in ms. */
export function timeRuns(fn: () => void, runs: number, warmup = 1): number[] {
	for (let i = 0; i < warmup; i++) fn();
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		out.push(performance.now() - t0);
	}
	return out;
}

export interface BenchLine {
	name: string;
	value: string;
	target?: string;
	ok?: boolean;
	method?: string;
}
