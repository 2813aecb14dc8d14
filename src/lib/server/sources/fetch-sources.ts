import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FetchItem } from '../../import/fetch-plan';

export interface FetchReport {
	ok: string[];
	failed: { path: string; message: string }[];
}

/**
 * Download each item into `root` (written to a temporary name, then renamed, so an interrupted
 * download never leaves a half file). Reports progress through `onProgress`.
 */
export async function fetchSources(
	items: FetchItem[],
	root: string,
	onProgress: (done: number, total: number, item: FetchItem, error?: string) => void = () => {}
): Promise<FetchReport> {
	const report: FetchReport = { ok: [], failed: [] };
	let done = 0;
	for (const item of items) {
		const target = join(root, item.path);
		try {
			const res = await fetch(item.url, { signal: AbortSignal.timeout(120_000) });
			if (!res.ok) throw new Error(`HTTP ${res.status} pour ${item.url}`);
			const body = Buffer.from(await res.arrayBuffer());
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target + '.part', body);
			await rename(target + '.part', target);
			report.ok.push(item.path);
			onProgress(++done, items.length, item);
		} catch (err) {
			const message = err instanceof Error ? err.message : String(err);
			report.failed.push({ path: item.path, message });
			onProgress(++done, items.length, item, message);
		}
	}
	return report;
}
