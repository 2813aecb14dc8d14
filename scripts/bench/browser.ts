// What a person's browser downloads for /territoire/04 and how long until the map is idle.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser';
import { median, type BenchLine } from './stats';

export async function benchBrowser(base: string): Promise<BenchLine[]> {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	const runs: { total: number; data: number; ms: number }[] = [];
	try {
		for (let i = 0; i < 4; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			const urls = new Map<string, string>();
			let total = 0;
			let data = 0;
			cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
			cdp.on('Network.loadingFinished', (e) => {
				total += e.encodedDataLength;
				if (urls.get(e.requestId)?.includes('/api/')) data += e.encodedDataLength;
			});
			const t0 = performance.now();
			await page.goto(base + '/territoire/04?zb=1&dessertes=1');
			await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
			const ms = performance.now() - t0;
			await new Promise((r) => setTimeout(r, 300));
			if (i > 0) runs.push({ total, data, ms }); // first run warms the server
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const kb = (n: number) => `${Math.round(n / 1024)} Ko`;
	const dataMed = median(runs.map((r) => r.data));
	return [
		{
			name: '/territoire/04 : octets transférés (compressés)',
			value: kb(median(runs.map((r) => r.total))),
			method: 'Chromium, cache désactivé, CDP encodedDataLength, médiane de 3 chargements'
		},
		{
			name: '/territoire/04 : données (GeoJSON/JSON) compressées',
			value: kb(dataMed),
			target: '< 150 Ko',
			ok: dataMed < 150 * 1024,
			method: 'idem, réponses /api/'
		},
		{
			name: '/territoire/04 : carte prête avec toutes les couches',
			value: `${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s`,
			method: 'de la navigation à l’événement idle de MapLibre (WebGL logiciel SwiftShader)'
		}
	];
}
