// Side by side in Chromium: an empty MapLibre map of the app, the national map (/) and a
// département's map, each until its first coloured paint, loads interleaved in the same run.
import { chromium, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser';
import { median, type BenchLine } from './stats';

const LOADS = Number(process.env.BENCH_LOADS ?? 3);

interface Target {
	name: string;
	path: string;
	/** Wait for a fill layer (the choropleth) drawn, not only for the map's first idle. */
	fill: boolean;
}

const EMPTY: Target = { name: 'carte vide', path: '/outils/carte-vide', fill: false };
const TARGETS: Target[] = [
	EMPTY,
	{ name: '/ (carte de France)', path: '/', fill: true },
	{ name: '/territoire/04', path: '/territoire/04', fill: true }
];

/**
 * Runs in the page before its scripts: finds the map (MapView exposes it on its container as
 * `maplibreMap`), then notes the page times (ms since navigation) of the first frame drawn with
 * a fill layer's features (`paint`: the first coloured paint) and of the first `idle` event with
 * them (`t`: every tile, label and help point of the view loaded and drawn). With `fill` false
 * (the empty map) both are its first `idle`. Plain JavaScript in a string: a function would be
 * sent as compiled by tsx, with helpers the page does not have.
 */
const instrument = (fill: boolean) => `(() => {
	const fill = ${fill};
	const rec = (window.__bench = { paint: null, t: null });
	// coloured: a fill drawn with values; a département's communes take theirs as feature
	// state (v value, e gap) once the analysis arrives, grey before
	const coloured = (map) => {
		if (!fill) return true;
		const fills = map.getStyle().layers.filter((l) => l.type === 'fill').map((l) => l.id);
		if (fills.length === 0) return false;
		return map
			.queryRenderedFeatures({ layers: fills })
			.some((f) => f.layer.id !== 'communes-fill' || (f.state && (f.state.v != null || f.state.e != null)));
	};
	const attach = (map) => {
		const onRender = () => {
			const t = performance.now();
			if (rec.paint !== null || !fill || !coloured(map)) return;
			rec.paint = t;
			map.off('render', onRender);
		};
		const onIdle = () => {
			const t = performance.now();
			if (rec.t !== null || !coloured(map)) return;
			rec.t = t;
			if (rec.paint === null) rec.paint = t;
		};
		map.on('render', onRender);
		map.on('idle', onIdle);
		if (map.loaded()) onIdle();
	};
	const seen = new Set();
	const timer = setInterval(() => {
		for (const el of document.querySelectorAll('[data-testid]')) {
			const map = el.maplibreMap;
			if (map && !seen.has(map)) {
				seen.add(map);
				attach(map);
			}
		}
		if (rec.t !== null) clearInterval(timer);
	}, 10);
})();`;

interface Load {
	/** First coloured paint, and first idle with every layer (ms since navigation). */
	paint: number;
	ms: number;
	bytes: number;
	apiBytes: number;
	url: string;
}

async function load(page: Page, base: string, target: Target): Promise<Load> {
	const done: Promise<{ end: number; bytes: number; url: string } | null>[] = [];
	const finished = (req: Request) =>
		done.push(
			req
				.sizes()
				.then((s) => ({
					end: req.timing().startTime + req.timing().responseEnd,
					// a blob: (MapLibre's worker script) has no size (-1)
					bytes: Math.max(0, s.responseBodySize) + Math.max(0, s.responseHeadersSize),
					url: req.url()
				}))
				// a request still running when the page closes has no size: not before the paint
				.catch(() => null)
		);
	page.on('requestfinished', finished);
	await page.addInitScript(instrument(target.fill));
	await page.goto(base + target.path);
	await page.waitForFunction(
		() => (window as unknown as { __bench: { t: number | null } }).__bench.t !== null,
		undefined,
		{ timeout: 120_000, polling: 50 }
	);
	const { paint, t, origin } = await page.evaluate(() => ({
		...(window as unknown as { __bench: { paint: number; t: number } }).__bench,
		origin: performance.timeOrigin
	}));
	await page.waitForTimeout(200); // let the last sizes arrive
	page.off('requestfinished', finished);
	const before = (await Promise.all(done)).filter(
		(r): r is NonNullable<typeof r> => r !== null && r.end <= origin + paint
	);
	const sum = (rs: typeof before) => rs.reduce((a, r) => a + r.bytes, 0);
	return {
		paint,
		ms: t,
		bytes: sum(before),
		apiBytes: sum(before.filter((r) => new URL(r.url).pathname.startsWith('/api/'))),
		url: page.url().replace(base, '')
	};
}

export async function benchBrowser(base: string): Promise<BenchLine[]> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	const loads = new Map<Target, Load[]>(TARGETS.map((t) => [t, []]));
	try {
		// one load of each first (server caches, Chromium's shader cache), then LOADS rounds
		for (let round = 0; round <= LOADS; round++)
			for (const target of TARGETS) {
				// a fresh context each time: nothing in the HTTP cache
				const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
				try {
					const l = await load(await context.newPage(), base, target);
					if (round > 0) loads.get(target)?.push(l);
				} finally {
					await context.close();
				}
			}
	} finally {
		await browser.close();
	}
	const med = (t: Target, f: (l: Load) => number) => median((loads.get(t) ?? []).map(f));
	const kb = (n: number) => `${Math.round(n / 1024)} Ko`;
	const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	const method = `Chromium (WebGL logiciel), contexte neuf à chaque chargement, médiane de ${LOADS} chargements entrelacés après un premier de chaque`;
	const empty = med(EMPTY, (l) => l.ms);
	const lines: BenchLine[] = [
		{
			name: 'carte vide (/outils/carte-vide) : premier rendu',
			value: s(empty),
			method: `${method}; de la navigation au premier événement idle de MapLibre`
		}
	];
	for (const target of TARGETS.slice(1)) {
		const paint = med(target, (l) => l.paint);
		const ms = med(target, (l) => l.ms);
		const bytes = med(target, (l) => l.bytes);
		const landed = loads.get(target)?.[0]?.url;
		const where = landed && landed !== target.path ? ` (redirigée vers ${landed})` : '';
		lines.push(
			{
				name: `${target.name} : carte colorée (premier rendu coloré)`,
				value: s(paint),
				method: `${method}; de la navigation à la première image où une couche de remplissage est dessinée${where}`
			},
			{
				name: `${target.name} : temps / carte vide`,
				value: `${(paint / empty).toFixed(2)}×`,
				target: '≤ 2×',
				ok: paint <= 2 * empty
			},
			{
				name: `${target.name} : toutes les couches chargées`,
				value: `${s(ms)}, ${(ms / empty).toFixed(2)}×`,
				method:
					'premier événement idle de MapLibre avec la couleur : tuiles, noms et lieux d’aide de la vue chargés et dessinés'
			},
			{
				name: `${target.name} : octets transférés avant le premier rendu coloré (compressés)`,
				value: kb(bytes),
				target: target.path === '/' ? '< 600 Ko' : undefined,
				ok: target.path === '/' ? bytes < 600 * 1024 : undefined,
				method:
					'en-têtes et corps encodés des réponses terminées avant ce rendu (Playwright request.sizes)'
			},
			{
				name: `${target.name} : dont données de l’API (/api/)`,
				value: kb(med(target, (l) => l.apiBytes)),
				target: target.path === '/territoire/04' ? '< 150 Ko' : undefined,
				ok:
					target.path === '/territoire/04' ? med(target, (l) => l.apiBytes) < 150 * 1024 : undefined
			}
		);
	}
	return lines;
}
