/** Bounded in-memory caches for computed answers, keyed by strings that carry the data version. */

/** A map that forgets its least recently used entry first beyond `max` entries. */
export class Lru<V> {
	private map = new Map<string, V>();
	constructor(private readonly max: number) {}

	get(key: string): V | undefined {
		const v = this.map.get(key);
		if (v !== undefined) {
			this.map.delete(key);
			this.map.set(key, v);
		}
		return v;
	}

	has(key: string): boolean {
		return this.map.has(key);
	}

	set(key: string, v: V): void {
		this.map.delete(key);
		this.map.set(key, v);
		while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
	}
}

/**
 * An async computation remembered by key, and shared while in flight: identical concurrent
 * requests wait for one computation. A failed computation and a null answer (an unknown
 * territory) are not kept, so that unknown codes cannot push the useful answers out.
 */
export function memoAsync<A extends unknown[], V>(
	max: number,
	keyOf: (...args: A) => string,
	compute: (...args: A) => Promise<V>
): (...args: A) => Promise<V> {
	const done = new Lru<V>(max);
	const inflight = new Map<string, Promise<V>>();
	return (...args: A) => {
		const key = keyOf(...args);
		if (done.has(key)) return Promise.resolve(done.get(key) as V);
		let p = inflight.get(key);
		if (!p) {
			p = compute(...args).then(
				(v) => {
					if (v != null) done.set(key, v);
					inflight.delete(key);
					return v;
				},
				(err) => {
					inflight.delete(key);
					throw err;
				}
			);
			inflight.set(key, p);
		}
		return p;
	};
}
