/**
 * Classed colour scales and the written form of indicator values, from the scales of the
 * indicator catalogue: the map, its legend, the tables and the print all use these.
 */
import { scaleThreshold } from 'd3-scale';
import { INDICATOR_INFO, type IndicatorKey } from './indicators';

/** A classed colour scale: breaks, one colour per class, a label per class. */
export interface Classes {
	breaks: number[];
	colors: string[];
	labels: string[];
	unit: string;
}

const fmt = (n: number) => n.toLocaleString('fr-FR');

function labelsFor(breaks: number[], unit: string, signed = false): string[] {
	const f = (n: number) => (signed && n > 0 ? '+' : '') + fmt(n) + unit;
	return [
		`moins de ${f(breaks[0])}`,
		...breaks.slice(1).map((b, i) => `${f(breaks[i])} à ${f(b)}`),
		`${f(breaks[breaks.length - 1])} et plus`
	];
}

/** Sequential classes (YlOrRd, readable by colour-blind people) for an indicator's values. */
export function sequentialClasses(indicator: IndicatorKey): Classes {
	const { breaks, unit, colours } = INDICATOR_INFO[indicator].scale.values;
	return { breaks, colors: [...colours], labels: labelsFor(breaks, unit), unit };
}

/**
 * Diverging classes (PuOr, colour-blind safe) for the gap to the reference average: purple below,
 * orange above, the middle class "proche de la moyenne".
 */
export function divergingClasses(indicator: IndicatorKey): Classes {
	const { breaks, unit, colours } = INDICATOR_INFO[indicator].scale.gaps;
	const labels = labelsFor(breaks, unit, true);
	labels[3] = 'proche de la moyenne';
	return { breaks, colors: [...colours], labels, unit };
}

/** The d3 threshold scale of a class set, for legends and print. */
export function classScale(c: Classes) {
	return scaleThreshold<number, string>().domain(c.breaks).range(c.colors);
}

/**
 * An indicator value as every screen shows it: IFN scores with 2 decimals ("6,71"), illectronisme
 * rates with at most 1 decimal and a percent sign ("17,8 %", "22 %"); "pas de donnée" when unknown.
 */
export function formatIndicator(indicator: IndicatorKey, value: number | null | undefined): string {
	if (value == null || Number.isNaN(value)) return 'pas de donnée';
	const { digits, values } = INDICATOR_INFO[indicator].scale;
	const [min, max] = digits;
	return (
		value.toLocaleString('fr-FR', { minimumFractionDigits: min, maximumFractionDigits: max }) +
		values.unit
	);
}
