/** SVG sheet → PNG at a given resolution (300 dpi: A4 portrait = 2480 × 3508 pixels). */
import { pixelsAt } from '../../print/sheet-layout';
import { svgPage, withPage } from './print-browser';

/**
 * The sheet rasterised at `dpi`. The SVG is given its pixel size directly (its viewBox stays in
 * mm), so the image has exactly the pixel count of the paper at that resolution.
 */
export async function renderPng(
	render: (pixels: { w: number; h: number }) => string,
	widthMm: number,
	heightMm: number,
	dpi = 300,
	signal?: AbortSignal
): Promise<Buffer> {
	const w = pixelsAt(widthMm, dpi);
	const h = pixelsAt(heightMm, dpi);
	const svg = render({ w, h });
	return withPage(
		{ width: w, height: h },
		async (page) => {
			await page.setContent(svgPage(svg, `${w}px`, `${h}px`), { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: w, height: h } });
			return Buffer.from(png);
		},
		signal
	);
}
