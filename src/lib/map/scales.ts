import type { Classes } from '../catalog/scales';

/** MapLibre `step` expression over a numeric input, with `noData` when the input is null. */
export function stepExpression(input: unknown[], c: Classes, noData: string): unknown[] {
	const step: unknown[] = ['step', ['to-number', input], c.colors[0]];
	c.breaks.forEach((b, i) => step.push(b, c.colors[i + 1]));
	return ['case', ['==', input, null], noData, step];
}
