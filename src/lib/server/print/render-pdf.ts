/** SVG sheet → PDF of the exact page size: vector paths, text kept as text, fonts embedded. */
import { svgPage, withPage } from './print-browser';

/** A one-page PDF of an SVG whose size is given in mm. */
export async function renderPdf(svg: string, widthMm: number, heightMm: number): Promise<Buffer> {
	// Chromium sizes PDF pages in 1/300 inch: give it the nearest whole count, in inches, so that
	// it does not round down a further unit (A4 = 2480 × 3508 units = 595.2 × 841.92 pt)
	const inch = (mm: number) => `${(Math.round((mm / 25.4) * 300) + 0.5) / 300}in`;
	const w = inch(widthMm);
	const h = inch(heightMm);
	const px = (mm: number) => Math.ceil((mm / 25.4) * 96);
	return withPage({ width: px(widthMm), height: px(heightMm) }, async (page) => {
		await page.setContent(svgPage(svg, w, h), { waitUntil: 'load' });
		const pdf = await page.pdf({
			width: w,
			height: h,
			printBackground: true,
			margin: { top: '0', right: '0', bottom: '0', left: '0' },
			pageRanges: '1',
			preferCSSPageSize: true
		});
		return Buffer.from(pdf);
	});
}
