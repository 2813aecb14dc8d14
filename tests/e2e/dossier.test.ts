// The territorial dossier end to end: the PDF and the zip from the running app, read back with
// poppler and unzip, their figures checked against the API's.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumber } from '../../src/lib/labels';
import type { TerritorySummary } from '../../src/lib/types/territory';
import type { CoverageViewData } from '../../src/lib/types/coverage';

const baseURL = inject('baseURL');
const dir = join(process.cwd(), 'tests', '.tmp', 'dossier');
beforeAll(() => mkdirSync(dir, { recursive: true }));

/** The 9 EPCI the 04 roadmap lists with their IFN (a piece of each name). */
const ROADMAP_EPCI = [
	'Durance-Lubéron-Verdon',
	'Provence-Alpes-Agglomération',
	'Alpes-Provence-Verdon',
	'Sisteron',
	'Pays de Banon',
	'Jabron-Lure-Vançon-Durance',
	'Apt-Luberon',
	'Forcalquier',
	'Ubaye'
];

const json = async <T>(path: string): Promise<T> => {
	const res = await fetch(baseURL + path);
	expect(res.status, path).toBe(200);
	return (await res.json()) as T;
};
/** A number as the dossier prints it, with its narrow spaces read back as spaces. */
const fr = (n: number | null, digits = 0) => formatNumber(n, digits).replace(/\s+/g, ' ');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function dossier(code: string): Promise<{ text: string; pages: number; ms: number }> {
	const t0 = performance.now();
	const res = await fetch(`${baseURL}/imprimer/dossier.pdf?territoire=${code}`);
	const ms = performance.now() - t0;
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toBe('application/pdf');
	const file = join(dir, `dossier-${code}.pdf`);
	writeFileSync(file, Buffer.from(await res.arrayBuffer()));
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	expect(info).toMatch(/Tagged:\s+yes/);
	expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts/);
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	expect(Number(res.headers.get('x-maillage-pages'))).toBe(pages);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
	console.log(`dossier ${code}: ${pages} pages, ${Math.round(ms)} ms`);
	return { text, pages, ms };
}

/** The counts the dossier quotes, from the coverage API's dashboard. */
function expectCounts(text: string, c: CoverageViewData) {
	const a = c.dashboard.aboveAverage;
	expect(text).toContain(
		`${fr(a.count)} commune${a.count > 1 ? 's se situent' : ' se situe'} au-delà de la moyenne départementale et ${a.count > 1 ? 'représentent' : 'représente'} une population de ${fr(a.population)} habitant`
	);
	expect(text).toContain(
		`${fr(a.small)} ${a.small > 1 ? 'comptent' : 'compte'} moins de 250 habitants`
	);
	const zb = c.dashboard.zonesBlanches;
	expect(text).toContain(`${fr(zb.count)} zone${zb.count > 1 ? 's' : ''} blanche`);
	expect(text).toContain(`${fr(zb.population)} habitant`);
	expect(text).toContain(`Sur les ${fr(c.dashboard.communes)} communes`);
}

describe('territorial dossier', () => {
	it('prints the 04: its IFN, the 9 EPCI of the roadmap with theirs, the API’s counts', async () => {
		const s = await json<TerritorySummary>('/api/territoires/04');
		const c = await json<CoverageViewData>('/api/territoires/04/couverture?communes=0');
		const { text, pages } = await dossier('04');
		expect(pages).toBeGreaterThanOrEqual(8);
		expect(text).toContain('Dossier de territoire');
		expect(text).toContain(`IFN ${fr(s.ifn.valeur, 2)}`);
		expect(text).toMatch(/Sommaire .*1\. Fragilité numérique \S* ?page 3/);
		for (const piece of ROADMAP_EPCI) {
			const epci = s.parties.find((p) => p.nom.includes(piece));
			expect(epci, piece).toBeDefined();
			// the fragility table's row: name, population, communes, IFN
			const row = `${esc(epci!.nom)} ${esc(fr(epci!.population))} ${epci!.communes} ${esc(fr(epci!.ifn.valeur, 2))}`;
			expect(text, epci!.nom).toMatch(new RegExp(row));
		}
		expectCounts(text, c);
		expect(text).toMatch(/page 1 \/ \d+/);
	});

	it('prints the CC Alpes-Provence-Verdon with its communes and the API’s counts', async () => {
		const dep = await json<TerritorySummary>('/api/territoires/04');
		const code = dep.parties.find((p) => p.nom.includes('Alpes-Provence-Verdon'))!.code;
		const s = await json<TerritorySummary>(`/api/territoires/${code}`);
		const c = await json<CoverageViewData>(`/api/territoires/${code}/couverture?communes=0`);
		const { text } = await dossier(code);
		expect(text).toContain(`Intercommunalité ${s.nom}`);
		expect(text).toContain(`IFN ${fr(s.ifn.valeur, 2)}`);
		expectCounts(text, c);
		expect(text).toContain('IFN et illectronisme par commune');
	});

	it('gives every table as CSV in a zip, with the same rows', async () => {
		const c = await json<CoverageViewData>('/api/territoires/04/couverture?communes=0');
		const res = await fetch(`${baseURL}/imprimer/dossier.zip?territoire=04`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/zip');
		const file = join(dir, 'dossier-04.zip');
		writeFileSync(file, Buffer.from(await res.arrayBuffer()));
		const list = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
		for (const id of [
			'fragilite-parties',
			'communes-exposees',
			'zones-blanches',
			'fraicheur-sources'
		])
			expect(list).toContain(`dossier-04/${id}.csv`);
		execFileSync('unzip', ['-tq', file]);
		const csv = execFileSync('unzip', ['-p', file, 'dossier-04/communes-exposees.csv'], {
			encoding: 'utf8'
		});
		expect(csv.startsWith('\uFEFFCommune;')).toBe(true);
		expect(csv.trim().split('\r\n')).toHaveLength(c.dashboard.aboveAverage.count + 1);
	});

	it('refuses a commune and an unknown code in French', async () => {
		const res = await fetch(`${baseURL}/imprimer/dossier.pdf?territoire=04070`);
		expect(res.status).toBe(404);
		expect((await res.json()).error).toContain('département ou une intercommunalité');
		expect((await fetch(`${baseURL}/imprimer/dossier.zip`)).status).toBe(400);
	});
});
