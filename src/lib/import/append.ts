/**
 * Append `items` to `target` one by one: `target.push(...items)` passes every item as an
 * argument and overflows the call stack past about 120 000 items (a file of 130 000 rows).
 */
export function append<T>(target: T[], items: readonly T[]): void {
	for (const x of items) target.push(x);
}
