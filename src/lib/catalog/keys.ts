/**
 * The keys of a catalogue record, typed. Lists such as "every kind" or "every indicator" are
 * read from the catalogue with this, never written a second time.
 */
export function keysOf<K extends string>(record: Record<K, unknown>): K[] {
	return Object.keys(record) as K[];
}
