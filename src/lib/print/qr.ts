/** QR codes as one SVG path, drawn from the `qrcode` matrix (no canvas, no image). */
import QRCode from 'qrcode';
import { escapeXml } from './escape';

export interface QrPath {
	/** Path of the dark modules in module units, quiet zone excluded. */
	d: string;
	/** Modules per side, quiet zone excluded. */
	size: number;
}

/** The QR code of a text (error correction M) as an SVG path in module units. */
export function qrPath(text: string): QrPath {
	const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const { size, data } = qr.modules;
	let d = '';
	for (let r = 0; r < size; r++) {
		let c = 0;
		while (c < size) {
			if (!data[r * size + c]) {
				c++;
				continue;
			}
			// one horizontal run of dark modules = one rectangle
			const start = c;
			while (c < size && data[r * size + c]) c++;
			d += `M${start} ${r}h${c - start}v1h${start - c}z`;
		}
	}
	return { d, size };
}

/**
 * A QR code placed at (x, y) with side `side` (mm), white quiet zone of 4 modules included, so
 * that it scans on any background.
 */
export function qrSvg(text: string, x: number, y: number, side: number): string {
	const { d, size } = qrPath(text);
	const total = size + 8;
	const k = side / total;
	return (
		`<g class="qr" data-text="${escapeXml(text)}" transform="translate(${x} ${y}) scale(${k})" shape-rendering="crispEdges">` +
		`<rect width="${total}" height="${total}" fill="#fff"/>` +
		`<path transform="translate(4 4)" d="${d}" fill="#000"/></g>`
	);
}
