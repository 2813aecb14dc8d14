/** SVG sheet → PDF of the exact page size: vector paths, text kept as text, fonts embedded. */
import { svgPage, withPage } from './print-browser';

/** A PDF of SVG pages (one page each) whose size is given in mm. */
export async function renderPdf(
	svgs: string[],
	widthMm: number,
	heightMm: number,
	signal?: AbortSignal
): Promise<Buffer> {
	const svg = svgs.join('<div style="break-after:page"></div>');
	// Chromium rounds the page to whole 1/300 inch units: A4 comes out at 594.96 × 841.92 pt
	const w = `${widthMm}mm`;
	const h = `${heightMm}mm`;
	const px = (mm: number) => Math.ceil((mm / 25.4) * 96);
	return withPage(
		{ width: px(widthMm), height: px(heightMm) },
		async (page) => {
			await page.setContent(svgPage(svg, w, h), { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			const pdf = await page.pdf({
				width: w,
				height: h,
				printBackground: true,
				margin: { top: '0', right: '0', bottom: '0', left: '0' },
				preferCSSPageSize: true
			});
			return Buffer.from(pdf);
		},
		signal
	);
}
