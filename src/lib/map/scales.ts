import { scaleThreshold } from 'd3-scale';
import { schemePuOr, schemeYlOrRd } from 'd3-scale-chromatic';

/** A classed colour scale: breaks, one colour per class, a label per class. */
export interface Classes {
	breaks: number[];
	colors: string[];
	labels: string[];
	unit: string;
}

/** Class breaks per indicator, fixed so that maps of different territories compare. */
const SEQUENTIAL_BREAKS: Record<string, { breaks: number[]; unit: string }> = {
	ifn: { breaks: [4, 5, 6, 7, 8, 9], unit: '' },
	illectronisme: { breaks: [12, 14, 16, 18, 20, 22], unit: ' %' }
};
const DIVERGING_BREAKS: Record<string, number[]> = {
	ifn: [-2, -1, -0.25, 0.25, 1, 2],
	illectronisme: [-4, -2, -0.5, 0.5, 2, 4]
};

const family = (indicator: string) => (indicator === 'illectronisme' ? 'illectronisme' : 'ifn');
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
export function sequentialClasses(indicator: string): Classes {
	const { breaks, unit } = SEQUENTIAL_BREAKS[family(indicator)];
	return { breaks, colors: [...schemeYlOrRd[7]], labels: labelsFor(breaks, unit), unit };
}

/**
 * Diverging classes (PuOr, colour-blind safe) for the gap to the reference average: purple below,
 * orange above, the middle class "proche de la moyenne".
 */
export function divergingClasses(indicator: string): Classes {
	const breaks = DIVERGING_BREAKS[family(indicator)];
	const unit = family(indicator) === 'illectronisme' ? ' pt' : '';
	const labels = labelsFor(breaks, unit, true);
	labels[3] = 'proche de la moyenne';
	return { breaks, colors: [...schemePuOr[7]], labels, unit };
}

/** The d3 threshold scale of a class set, for legends and print. */
export function classScale(c: Classes) {
	return scaleThreshold<number, string>().domain(c.breaks).range(c.colors);
}

/** MapLibre `step` expression over a numeric input, with `noData` when the input is null. */
export function stepExpression(input: unknown[], c: Classes, noData: string): unknown[] {
	const step: unknown[] = ['step', ['to-number', input], c.colors[0]];
	c.breaks.forEach((b, i) => step.push(b, c.colors[i + 1]));
	return ['case', ['==', input, null], noData, step];
}

/**
 * An indicator value as every screen shows it: IFN scores with 2 decimals ("6,71"), illectronisme
 * rates with at most 1 decimal and a percent sign ("17,8 %", "22 %"); "pas de donnée" when unknown.
 */
export function formatIndicator(indicator: string, value: number | null | undefined): string {
	if (value == null || Number.isNaN(value)) return 'pas de donnée';
	if (family(indicator) === 'illectronisme')
		return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
	return value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
