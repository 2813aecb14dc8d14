// Streamed exports: time, size, and how much the server's memory grows while it sends the
// whole country's table compared with a département's.
import type { BenchServer } from './server';
import type { BenchLine } from './stats';

const EXPORTS = ['communes.csv', 'communes.geojson', 'lieux.csv', 'lieux.json'];

/** Downloads `path` (reading and dropping the body) while sampling the server's memory. */
async function measure(server: BenchServer, path: string) {
	const before = server.memory().rssMb;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, server.memory().rssMb)), 20);
	const t0 = performance.now();
	let bytes = 0;
	try {
		const r = await fetch(server.url + path);
		if (!r.ok || !r.body) throw new Error(`${path} : ${r.status}`);
		const reader = r.body.getReader();
		for (let c = await reader.read(); !c.done; c = await reader.read()) bytes += c.value.byteLength;
	} finally {
		clearInterval(sampler);
	}
	return { seconds: (performance.now() - t0) / 1000, mb: bytes / 2 ** 20, growthMb: peak - before };
}

export async function benchExports(server: BenchServer): Promise<BenchLine[]> {
	const lines: BenchLine[] = [];
	for (const file of EXPORTS) {
		await measure(server, `/api/${file}?territoire=04`); // warm-up
		const dep = await measure(server, `/api/${file}?territoire=04`);
		const fr = await measure(server, `/api/${file}?territoire=FR`);
		lines.push(
			{
				name: `/api/${file}?territoire=FR : durée, taille`,
				value: `${fr.seconds.toFixed(1)} s, ${fr.mb.toFixed(1)} Mo`,
				method: 'non compressé, lu en flux par le client'
			},
			{
				name: `/api/${file} : hausse de mémoire du serveur, FR / 04`,
				value: `${Math.round(fr.growthMb)} / ${Math.round(dep.growthMb)} Mo`,
				method: `RSS du serveur relevé toutes les 20 ms pendant l’envoi, maximum moins valeur de départ (04 : ${dep.mb.toFixed(2)} Mo en ${dep.seconds.toFixed(2)} s)`
			}
		);
	}
	return lines;
}
