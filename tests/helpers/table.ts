import { expect, it } from 'vitest';

/**
 * A table-driven test of a pure function: one test per `[input, expected]` row, named by
 * `name` (`'%s → %s'`, as `it.each` names), checking `fn(input)` with `toBe`.
 */
export function itMaps<I, O>(name: string, fn: (input: I) => O, rows: [I, O][]): void {
	it.each(rows)(name, (input, expected) => {
		expect(fn(input)).toBe(expected);
	});
}
