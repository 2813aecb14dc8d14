/**
 * One headless Chromium per process for print, launched on first use and closed on exit. It
 * turns the sheets' SVG into PDF (vector, fonts embedded) and PNG; it never goes on the network:
 * the page is set from a string and every request it would make is refused.
 */
import type { Browser, Page } from 'playwright-core';
import { fontFile, type FontWeight } from '../../print/font-metrics';

// Loaded at run time, not bundled: the app build must keep Playwright as the package it is
// (it resolves its own files); a literal specifier would be inlined by Vite.
const PLAYWRIGHT = 'playwright-core';

/** Debian Chromium's flags here: no sandbox as root, SwiftShader WebGL, no background traffic. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

let launching: Promise<Browser> | null = null;

/** The shared browser (relaunched if it died). */
export function printBrowser(): Promise<Browser> {
	if (!launching) {
		launching = (import(/* @vite-ignore */ PLAYWRIGHT) as Promise<typeof import('playwright-core')>)
			.then(({ chromium }) =>
				chromium.launch({
					executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
					args: CHROMIUM_ARGS
				})
			)
			.then((b) => {
				b.on('disconnected', () => (launching = null));
				return b;
			});
		launching.catch(() => (launching = null));
	}
	return launching;
}

/** Close the shared browser, e.g. at the end of a command-line run. */
export async function closePrintBrowser(): Promise<void> {
	const b = launching;
	launching = null;
	if (b) await (await b).close().catch(() => {});
}

process.once('exit', () => {
	// last resort: Playwright also kills its browsers when the process exits
	void launching?.then((b) => b.close()).catch(() => {});
});

/** Where the page asks for the fonts; answered from node_modules, never from the network. */
const FONT_ORIGIN = 'https://fonts.maillage.invalid/';
const FONT_URLS: Record<string, FontWeight> = {
	[`${FONT_ORIGIN}DejaVuSans.ttf`]: 'normal',
	[`${FONT_ORIGIN}DejaVuSans-Bold.ttf`]: 'bold'
};

/** The sheets are measured with DejaVu Sans (font-metrics.ts): the page draws with that very file. */
export const FONT_FACES = Object.entries(FONT_URLS)
	.map(
		([url, weight]) =>
			`@font-face{font-family:'DejaVu Sans';font-weight:${weight};src:url(${url}) format('truetype')}`
	)
	.join('');

/** An HTML page holding only the SVG, with no margin: what the sheet is, nothing else. */
export function svgPage(svg: string, widthCss: string, heightCss: string): string {
	return (
		`<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${FONT_FACES}` +
		`@page{size:${widthCss} ${heightCss};margin:0}html,body{margin:0;padding:0;background:#fff}` +
		`svg{display:block}</style></head><body>${svg}</body></html>`
	);
}

/**
 * Run `work` on a fresh page of the shared browser, with the network cut. When `signal` aborts
 * (the client left) the page is closed at once, which makes `work` fail and frees the renderer.
 */
export async function withPage<T>(
	viewport: { width: number; height: number },
	work: (page: Page) => Promise<T>,
	signal?: AbortSignal
): Promise<T> {
	signal?.throwIfAborted();
	const browser = await printBrowser();
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
	const stop = () => void context.close().catch(() => {});
	signal?.addEventListener('abort', stop, { once: true });
	try {
		signal?.throwIfAborted();
		await context.route('**/*', (route) => {
			const url = route.request().url();
			const font = FONT_URLS[url];
			if (font) return route.fulfill({ body: fontFile(font), contentType: 'font/ttf' });
			return url.startsWith('data:') ? route.continue() : route.abort();
		});
		const page = await context.newPage();
		return await work(page);
	} finally {
		signal?.removeEventListener('abort', stop);
		await context.close().catch(() => {});
	}
}

/**
 * A tagged A4 PDF of the page, its footer drawn by Chromium on every page (page numbers, print
 * date): the document prints (dossier, scenario) share these settings.
 */
export async function taggedA4Pdf(
	page: Page,
	o: { footer: string; landscape?: boolean; outline?: boolean }
): Promise<Buffer> {
	return Buffer.from(
		await page.pdf({
			format: 'A4',
			landscape: o.landscape ?? false,
			printBackground: true,
			preferCSSPageSize: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: o.footer,
			tagged: true,
			outline: o.outline ?? false
		})
	);
}
