// Print studio end to end: real files from the running app and from the CLI, read back with
// poppler (page size, text), PNG header bytes and a QR decoder fed with pixels from Chromium.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import Database from 'better-sqlite3';
import { screenshot, axe } from './browser';
import { useBrowser } from './context';

const execFileAsync = promisify(execFile);
const baseURL = inject('baseURL');
const dbPath = inject('dbPath');
const dir = join(process.cwd(), 'tests', '.tmp', 'print');
const browser = useBrowser();
beforeAll(() => mkdirSync(dir, { recursive: true }));

const today = new Date().toLocaleDateString('fr-FR', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Paris'
});

/** [width, height] in pt from pdfinfo; `pages` is the page count expected (a minimum for '+'). */
function pageSize(file: string, pages: number | `${number}+` = 1): [number, number] {
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
	const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	if (typeof pages === 'number') expect(count).toBe(pages);
	else expect(count).toBeGreaterThanOrEqual(parseInt(pages));
	return [Number(m?.[1]), Number(m?.[2])];
}
const pdfText = (file: string) =>
	execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Width and height from the IHDR chunk of a PNG. */
function pngSize(png: Buffer): [number, number] {
	expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
	expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Decode the QR code in the bottom-right part of a sheet PNG (pixels read through a canvas). */
async function decodeQr(png: Buffer, region = { x: 0.55, y: 0.8 }): Promise<string | null> {
	const page = await browser.newPage();
	try {
		await page.setContent(`<img id="i" src="data:image/png;base64,${png.toString('base64')}">`);
		await page.locator('#i').evaluate((img: HTMLImageElement) => img.decode());
		const { w, h, b64 } = await page.evaluate((reg) => {
			const img = document.getElementById('i') as HTMLImageElement;
			const x0 = Math.floor(img.naturalWidth * reg.x);
			const y0 = Math.floor(img.naturalHeight * reg.y);
			const w = img.naturalWidth - x0;
			const h = img.naturalHeight - y0;
			const c = document.createElement('canvas');
			c.width = w;
			c.height = h;
			const ctx = c.getContext('2d') as CanvasRenderingContext2D;
			ctx.drawImage(img, x0, y0, w, h, 0, 0, w, h);
			const data = ctx.getImageData(0, 0, w, h).data;
			let s = '';
			for (let i = 0; i < data.length; i += 0x8000)
				s += String.fromCharCode(...data.subarray(i, i + 0x8000));
			return { w, h, b64: btoa(s) };
		}, region);
		const rgba = new Uint8ClampedArray(Buffer.from(b64, 'base64'));
		return jsQR(rgba, w, h)?.data ?? null;
	} finally {
		await page.close();
	}
}

async function fetchFile(path: string): Promise<Buffer> {
	const r = await fetch(baseURL + path);
	expect(r.status, `${path}: ${r.status}`).toBe(200);
	return Buffer.from(await r.arrayBuffer());
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1.2);

describe('map sheets over HTTP', () => {
	it.each([
		['04', 'lieux', 'A4-portrait', 595, 842],
		['03', 'ifn', 'A4-paysage', 842, 595],
		['40', 'zones-blanches', 'A3-portrait', 842, 1191],
		['200067437', 'illectronisme', 'A3-paysage', 1191, 842]
	])('%s %s %s: page size, title, legend, sources, date', async (code, theme, format, w, h) => {
		const file = join(dir, `http-${code}-${theme}.pdf`);
		writeFileSync(
			file,
			await fetchFile(`/imprimer/carte.pdf?territoire=${code}&theme=${theme}&format=${format}`)
		);
		// every place of the 04 is numbered: its list continues on pages of its own
		const [pw, ph] = pageSize(file, theme === 'lieux' ? '2+' : 1);
		close(pw, w);
		close(ph, h);
		const text = pdfText(file);
		const title = {
			lieux: 'Lieux d’aide au numérique',
			ifn: 'Indice de fragilité numérique',
			'zones-blanches': 'Zones blanches',
			illectronisme: 'Taux d’illectronisme'
		}[theme] as string;
		expect(text).toContain(title);
		expect(text).toMatch(/Sources : .*\(\d{1,2} \w+ \d{4}\)/);
		expect(text).toContain(`Imprimé le ${today}`);
		expect(text).toContain('km');
		if (theme === 'ifn') expect(text).toMatch(/moins de 4.*9 et plus|9 et plus.*moins de 4/);
		if (theme === 'zones-blanches') expect(text).toMatch(/\d+ zones? blanches? sur \d+ communes/);
	});

	it('prints a PNG at 300 dpi whose QR code opens the live map', async () => {
		const png = await fetchFile('/imprimer/carte.png?territoire=04&theme=zones-blanches');
		writeFileSync(join(dir, 'carte-04.png'), png);
		expect(pngSize(png)).toEqual([2480, 3508]);
		expect(await decodeQr(png)).toBe(`${baseURL}/territoire/04?zb=1`);
	});

	it('numbers every marker, and lists each number once across the pages', async () => {
		const get = async (page: number) => {
			const r = await fetch(`${baseURL}/imprimer/carte.svg?territoire=04&theme=lieux&page=${page}`);
			expect(r.status).toBe(200);
			return { svg: await r.text(), pages: Number(r.headers.get('x-maillage-pages')) };
		};
		const pairs = (svg: string, cls: string) =>
			[...svg.matchAll(new RegExp(`class="${cls}" data-n="(\\d+)" data-id="(\\d+)"`, 'g'))].map(
				(m) => `${m[1]}:${m[2]}`
			);
		const first = await get(1);
		const markers = pairs(first.svg, 'marker').sort();
		// no help point drawn without its number (87 were, before)
		const total = Number(/(\d+) lieux d’aide/.exec(first.svg)?.[1]);
		expect(markers).toHaveLength(total);
		expect(first.pages).toBeGreaterThan(1);
		const listed = pairs(first.svg, 'list-item');
		for (let p = 2; p <= first.pages; p++) listed.push(...pairs((await get(p)).svg, 'list-item'));
		expect(listed.sort()).toEqual(markers);
		const numbers = markers.map((p) => Number(p.split(':')[0])).sort((a, b) => a - b);
		expect(numbers).toEqual(numbers.map((_, i) => i + 1));
		// no printed text under 7 pt, and the main towns named
		const sizes = [...first.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2.46);
		expect(first.svg).toMatch(/class="town">Manosque</);
		expect(first.svg).toMatch(/class="town">Digne-les-Bains</);
		// the PDF holds the map and the list pages
		const file = join(dir, 'http-04-lieux.pdf');
		expect(pdfText(file)).toMatch(/Lieux numérotés sur la carte/);
	});

	it('escapes a hostile title and refuses bad parameters in French', async () => {
		const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
		const svg = (await fetchFile(`/imprimer/carte.svg?territoire=04&titre=${evil}`)).toString();
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		for (const q of ['territoire=04&format=A5', 'territoire=04&theme=x', 'theme=lieux']) {
			const r = await fetch(`${baseURL}/imprimer/carte.pdf?${q}`);
			expect(r.status).toBe(400);
			expect((await r.json()).error).toMatch(/Paramètre « \w+ »/);
		}
		const r = await fetch(`${baseURL}/imprimer/affiche.pdf?commune=abc`);
		expect(r.status).toBe(400);
	});
});

describe('commune posters', () => {
	it('prints the poster of Digne-les-Bains with a QR code to the finder', async () => {
		const file = join(dir, 'affiche-04070.pdf');
		writeFileSync(file, await fetchFile('/imprimer/affiche.pdf?commune=04070'));
		const [w, h] = pageSize(file);
		close(w, 595);
		close(h, 842);
		const text = pdfText(file);
		expect(text).toContain('Où trouver de l’aide numérique');
		expect(text).toContain('France services de');
		expect(text).toMatch(/Tél\. 04 92 64 97 61/);
		expect(text).toContain(`Imprimé le ${today}`);
		expect(text).toMatch(/Sources : /);
		const png = await fetchFile('/imprimer/affiche.png?commune=04070');
		expect(pngSize(png)).toEqual([2480, 3508]);
		expect(await decodeQr(png, { x: 0.7, y: 0.82 })).toBe(`${baseURL}/trouver?commune=04070`);
	});
});

describe('beyond the pilots: an EPCI across a border, Corsica, the DROM, Paris', () => {
	it('prints the sheet of an EPCI straddling the Côte-d’Or and the Saône-et-Loire', async () => {
		const file = join(dir, 'carte-200006682.pdf');
		writeFileSync(
			file,
			await fetchFile('/imprimer/carte.pdf?territoire=200006682&theme=lieux&format=A4-paysage')
		);
		const [w, h] = pageSize(file, '1+');
		close(w, 842);
		close(h, 595);
		const text = pdfText(file);
		expect(text).toContain('CA Beaune, Côte et Sud');
		// its places on both sides of the border: Beaune (21) and Chagny (71)
		expect(text).toMatch(/— Beaune\b/);
		expect(text).toMatch(/— Chagny\b/);
	});

	it('prints a poster in Réunion and one in Paris 11e, their numbers as people dial them', async () => {
		const reunion = join(dir, 'affiche-97411.pdf');
		writeFileSync(reunion, await fetchFile('/imprimer/affiche.pdf?commune=97411'));
		pageSize(reunion);
		const text = pdfText(reunion);
		expect(text).toContain('À Saint-Denis et aux alentours');
		expect(text).toMatch(/Tél\. 0(262|692|693) \d\d \d\d \d\d/);
		expect(text).not.toMatch(/\+262/);
		const paris = join(dir, 'affiche-75111.pdf');
		writeFileSync(paris, await fetchFile('/imprimer/affiche.pdf?commune=75111'));
		expect(pdfText(paris)).toContain('À Paris 11e Arrondissement et aux alentours');
		expect(pdfText(paris)).toMatch(/75011 Paris/i);
	});

	it('refuses a région with a French message', async () => {
		const r = await fetch(`${baseURL}/imprimer/carte.pdf?territoire=R93`);
		expect(r.status).toBeGreaterThanOrEqual(400);
		expect((await r.json()).error).toMatch(/trop grand pour une feuille A4/);
	});

	it('chooses a département, then an EPCI across its border, then one of its communes', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		try {
			await page.goto(baseURL + '/imprimer?departement=71');
			await page
				.getByLabel('Intercommunalité (facultatif)')
				.selectOption({ label: 'CA Beaune, Côte et Sud - Communauté Beaune-Chagny-Nolay' });
			await expect.poll(() => new URL(page.url()).searchParams.get('epci')).toBe('200006682');
			const communes = page.getByLabel('Commune (facultatif)');
			// Beaune is in the Côte-d’Or, the EPCI's other side
			await expect.poll(() => communes.locator('option[value="21054"]').count()).toBe(1);
			expect(await communes.locator('option[value="71073"]').count()).toBe(1); // Chagny
			const preview = page.getByTestId('print-preview');
			await preview.waitFor({ timeout: 30_000 });
			await communes.selectOption('21054');
			await expect.poll(() => page.locator('input[name="territoire"]').inputValue()).toBe('21054');
			// Corsica and the DROM are in the list of départements
			const deps = await page.locator('select[name="departement"] option').allInnerTexts();
			expect(deps).toEqual(expect.arrayContaining(['2A — Corse-du-Sud', '976 — Mayotte']));
			expect(deps.length).toBe(101);
		} finally {
			await page.close();
		}
	});
});

describe('the poster and the finder agree', () => {
	const decode = (t: string) =>
		t
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;|&#x27;|&apos;/g, "'")
			.replace(/&amp;/g, '&');
	it('lists the finder’s places that declare digital help, not those it sets apart', async () => {
		const html = await (await fetch(`${baseURL}/trouver?commune=04039`)).text();
		const apart = html.slice(html.indexOf('data-testid="apart"'));
		const names = [...apart.matchAll(/href="\/lieu\/\d+"[^>]*>([^<]+)</g)].map((m) =>
			decode(m[1].trim())
		);
		expect(names.length).toBeGreaterThan(0);
		const svg = (await fetchFile('/imprimer/affiche.svg?commune=04039')).toString('utf8');
		const text = decode(svg.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
		expect(text).toContain('France services de Castellane');
		expect(text).toContain('04 86 62 20 20');
		for (const n of names) expect(text, n).not.toContain(n);
	});
});

describe('command line', () => {
	// asynchronous: a blocking call of a minute would stall the test worker's messages to vitest
	const cli = (args: string[]) =>
		execFileAsync(
			'npx',
			['tsx', 'scripts/print.ts', ...args, '--base-url', 'https://maillage.test'],
			{ env: { ...process.env, MAILLAGE_DB: dbPath }, encoding: 'utf8' }
		);

	it.each([
		['04', 'zones-blanches', 'A4-paysage', '04070'],
		['03', 'lieux', 'A4-portrait', '03185'],
		['40', 'ifn', 'A3-portrait', '40192']
	])(
		'prints a sheet and a poster for %s',
		async (dep, theme, format, commune) => {
			const sheet = join(dir, `cli-${dep}.pdf`);
			const poster = join(dir, `cli-affiche-${commune}.pdf`);
			await cli(['--territoire', dep, '--theme', theme, '--format', format, '--out', sheet]);
			await cli(['--affiche', commune, '--nb', '--out', poster]);
			const [w] = pageSize(sheet, theme === 'lieux' ? '1+' : 1);
			close(w, { 'A4-paysage': 842, 'A4-portrait': 595, 'A3-portrait': 842 }[format] as number);
			expect(pdfText(sheet)).toContain('https://maillage.test/territoire/' + dep);
			expect(pdfText(poster)).toContain(`https://maillage.test/trouver?commune=${commune}`);
		},
		150_000
	); // two command-line runs, each starting tsx and Chromium

	it('writes an SVG and a PNG from the extension', async () => {
		const svg = join(dir, 'cli-04.svg');
		const png = join(dir, 'cli-04.png');
		await cli(['--territoire', '04', '--out', svg]);
		await cli(['--territoire', '04', '--format', 'A4-paysage', '--out', png]);
		expect(readFileSync(svg, 'utf8')).toMatch(/<svg [^>]*width="210mm" height="297mm"/);
		expect(pngSize(readFileSync(png))).toEqual([3508, 2480]);
	}, 150_000);
});

describe('print under load', () => {
	it('serves an identical output from the cache', async () => {
		const a = await fetchFile('/imprimer/affiche.pdf?commune=04001');
		const t0 = performance.now();
		const b = await fetchFile('/imprimer/affiche.pdf?commune=04001');
		expect(performance.now() - t0).toBeLessThan(1000);
		// a new render would differ (Chromium stamps each PDF with its creation time)
		expect(Buffer.compare(a, b)).toBe(0);
	});

	it('refuses renders beyond the queue with 503, and drops those whose client left', async () => {
		// 2 render at once and 4 wait (the defaults): 16 distinct posters overflow the queue
		const db = new Database(dbPath, { readonly: true });
		const communes = db
			.prepare(
				"SELECT code FROM communes WHERE departement = '04' ORDER BY code LIMIT 16 OFFSET 20"
			)
			.pluck()
			.all() as string[];
		db.close();
		const controller = new AbortController();
		const answers = communes.map((c) =>
			fetch(`${baseURL}/imprimer/affiche.png?commune=${c}`, { signal: controller.signal })
				.then(
					async (r) => ({
						status: r.status,
						retry: r.headers.get('retry-after'),
						body: await r.text()
					}),
					() => null
				)
				.catch(() => null)
		);
		// the refusals come at once, before any render ends; then every client leaves
		await new Promise((r) => setTimeout(r, 3000));
		controller.abort();
		const settled = await Promise.all(answers);
		const busy = settled.filter((a) => a?.status === 503);
		expect(busy.length).toBeGreaterThanOrEqual(6);
		expect(busy[0]?.retry).toMatch(/^\d+$/);
		expect(JSON.parse(busy[0]?.body ?? '{}').error).toMatch(/réessayez/);
		// the abandoned renders were dropped: a new render does not wait behind them. The server
		// may still be closing their pages for a moment, so a 503 is retried after its Retry-After.
		const t0 = performance.now();
		let status = 0;
		while (performance.now() - t0 < 20_000) {
			const r = await fetch(`${baseURL}/imprimer/affiche.pdf?commune=04024`);
			status = r.status;
			await r.arrayBuffer();
			if (status !== 503) break;
			const wait = Math.min(Number(r.headers.get('retry-after') ?? 1), 5);
			await new Promise((ok) => setTimeout(ok, wait * 1000));
		}
		expect(status).toBe(200);
		expect(performance.now() - t0).toBeLessThan(20_000);
	}, 120_000);
});

describe('print studio page', () => {
	it('opens on the 04, as the rest of the app, and says the printed link is local', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		try {
			await page.goto(baseURL + '/imprimer');
			expect(await page.locator('select[name="departement"]').inputValue()).toBe('04');
			// the test server has no MAILLAGE_URL: its address only works on this computer
			const warning = page.getByTestId('local-only');
			await expect.poll(() => warning.textContent()).toContain('MAILLAGE_URL');
			expect(await warning.textContent()).toContain('que sur cet ordinateur');
			// the 04's list of every numbered place goes on its own pages, and the studio says so
			await expect.poll(() => page.getByTestId('print-pages').count(), { timeout: 30_000 }).toBe(1);
			await screenshot(page, 'print-studio-360');
		} finally {
			await page.close();
		}
	});

	it('previews the sheet and downloads the PDF with the chosen title', async () => {
		const page = await browser.newPage({
			viewport: { width: 1366, height: 900 },
			acceptDownloads: true
		});
		try {
			await page.goto(baseURL + '/imprimer?departement=04');
			await screenshot(page, 'print-studio-start');
			await page.getByRole('radio', { name: 'Indice de fragilité numérique' }).check();
			await page.getByLabel('Format').selectOption('A4-paysage');
			await page
				.getByLabel('Titre (facultatif)', { exact: true })
				.fill('Fragilité numérique du 04');
			await page.getByLabel('Noir et blanc', { exact: false }).check();
			const preview = page.getByTestId('print-preview');
			await expect
				.poll(
					async () =>
						(await preview.count()) > 0 &&
						(await preview.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)),
					{ timeout: 20_000 }
				)
				.toBe(true);
			await screenshot(page, 'print-studio');
			expect(await axe(page)).toEqual([]);
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Imprimer (PDF)' }).click()
			]);
			const file = join(dir, 'browser.pdf');
			await download.saveAs(file);
			const [w, h] = pageSize(file);
			close(w, 842);
			close(h, 595);
			expect(pdfText(file)).toContain('Fragilité numérique du 04');

			const [poster] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: 'Affiche (PDF)' }).click()
			]);
			const pf = join(dir, 'browser-affiche.pdf');
			await poster.saveAs(pf);
			expect(pdfText(pf)).toContain('Où trouver de l’aide numérique');
		} finally {
			await page.close();
		}
	});
});
