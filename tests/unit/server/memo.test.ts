import { describe, expect, it } from 'vitest';
import { Lru, memoAsync } from '$lib/server/coverage/memo';

describe('Lru', () => {
	it('forgets the least recently used entry first', () => {
		const c = new Lru<number>(2);
		c.set('a', 1);
		c.set('b', 2);
		expect(c.get('a')).toBe(1); // a is now the most recent
		c.set('c', 3);
		expect(c.has('b')).toBe(false);
		expect([c.get('a'), c.get('c')]).toEqual([1, 3]);
	});
});

describe('memoAsync', () => {
	it('computes once for identical concurrent calls, then serves the kept answer', async () => {
		let runs = 0;
		const f = memoAsync(
			4,
			(k: string) => k,
			async (k: string) => {
				runs++;
				await new Promise((r) => setTimeout(r, 5));
				return k.toUpperCase();
			}
		);
		expect(await Promise.all([f('fr'), f('fr'), f('fr')])).toEqual(['FR', 'FR', 'FR']);
		expect(await f('fr')).toBe('FR');
		expect(runs).toBe(1);
	});

	it('keeps neither a null answer (an unknown territory) nor a failure', async () => {
		let runs = 0;
		const f = memoAsync(
			4,
			(k: string) => k,
			async (k: string) => {
				runs++;
				if (k === 'boom' && runs === 1) throw new Error('boom');
				return k === 'none' ? null : k;
			}
		);
		await expect(f('boom')).rejects.toThrow('boom');
		expect(await f('boom')).toBe('boom');
		await f('none');
		await f('none');
		expect(runs).toBe(4);
	});
});
