import { scaleThreshold } from 'd3-scale';
import { IFN_SCHEME } from './colors';

/** Class breaks for IFN scores (0–10); fixed so that maps of different territories compare. */
export const IFN_BREAKS = [4, 5, 6, 7, 8, 9];

/** The IFN colour scale: a d3 threshold scale over the fixed breaks. */
export const ifnScale = scaleThreshold<number, string>()
	.domain(IFN_BREAKS)
	.range([...IFN_SCHEME]);

/** Legend classes: label and colour, from the scale itself. */
export function ifnLegend(): { label: string; color: string }[] {
	const b = IFN_BREAKS;
	return IFN_SCHEME.map((color, i) => ({
		color,
		label:
			i === 0
				? `moins de ${b[0]}`
				: i === b.length
					? `${b[i - 1]} et plus`
					: `${b[i - 1]} à ${b[i]}`
	}));
}

/** MapLibre `step` expression equivalent to the d3 scale, for feature property `prop`. */
export function stepExpression(prop: string, noData: string): unknown[] {
	const step: unknown[] = ['step', ['to-number', ['get', prop]], ifnScale(0)];
	for (const b of IFN_BREAKS) step.push(b, ifnScale(b));
	return ['case', ['has', prop], step, noData];
}
