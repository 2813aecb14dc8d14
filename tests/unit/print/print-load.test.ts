// Issue 11 §8: Chromium renders are bounded by a queue (503 beyond it), a client that leaves
// stops its render, and identical outputs come from a bounded cache with one render in flight.
import { describe, expect, it } from 'vitest';
import {
	QueueFullError,
	RenderAbortedError,
	RenderQueue
} from '../../../src/lib/server/print/render-queue';
import { PrintCache } from '../../../src/lib/server/print/print-cache';

const tick = () => new Promise((r) => setTimeout(r, 5));

/** A job that resolves when told to, and records whether it saw its signal abort. */
function controllable() {
	let finish: (v: string) => void = () => {};
	const seen = { started: false, aborted: false };
	const job = (signal?: AbortSignal) => {
		seen.started = true;
		signal?.addEventListener('abort', () => (seen.aborted = true));
		return new Promise<string>((r) => (finish = r));
	};
	return { job, seen, finish: (v: string) => finish(v) };
}

describe('render queue', () => {
	it('runs at most `concurrency` jobs and refuses beyond the waiting list', async () => {
		const q = new RenderQueue({ concurrency: 2, maxWaiting: 2 });
		const jobs = Array.from({ length: 4 }, controllable);
		const results = jobs.map((j) => q.run(j.job));
		await tick();
		expect(jobs.map((j) => j.seen.started)).toEqual([true, true, false, false]);
		expect(q.stats()).toEqual({ running: 2, waiting: 2 });
		await expect(q.run(controllable().job)).rejects.toBeInstanceOf(QueueFullError);
		jobs[0].finish('a');
		await tick();
		expect(jobs[2].seen.started).toBe(true);
		for (const [i, j] of jobs.slice(1).entries()) {
			j.finish(String(i));
			await tick();
		}
		expect(await Promise.all(results)).toEqual(['a', '0', '1', '2']);
		expect(q.stats()).toEqual({ running: 0, waiting: 0 });
	});

	it('refuses early when the line would take longer than allowed', async () => {
		const q = new RenderQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: 30, priorMs: 25 });
		const slow = () => new Promise<string>((r) => setTimeout(() => r('ok'), 25));
		await q.run(slow); // learns that a render takes about 25 ms
		const running = q.run(slow);
		const waiting = q.run(slow); // expected wait 25 ms: accepted
		await expect(q.run(slow)).rejects.toBeInstanceOf(QueueFullError); // 50 ms: refused
		expect(await Promise.all([running, waiting])).toEqual(['ok', 'ok']);
	});

	it('drops a waiting job whose client left, and tells a running one to stop', async () => {
		const q = new RenderQueue({ concurrency: 1, maxWaiting: 4 });
		const first = controllable();
		const second = controllable();
		const c1 = new AbortController();
		const c2 = new AbortController();
		const r1 = q.run(first.job, c1.signal);
		const r2 = q.run(second.job, c2.signal);
		await tick();
		c2.abort();
		await expect(r2).rejects.toBeInstanceOf(RenderAbortedError);
		expect(q.stats().waiting).toBe(0);
		c1.abort();
		expect(first.seen.aborted).toBe(true);
		first.finish('late');
		await expect(r1).rejects.toBeInstanceOf(RenderAbortedError);
		await tick();
		expect(second.seen.started).toBe(false);
		expect(q.stats()).toEqual({ running: 0, waiting: 0 });
	});
});

describe('print cache', () => {
	const file = (n: number) => ({ body: Buffer.alloc(n) });

	it('keeps the most recently used files within its bounds', () => {
		const c = new PrintCache<{ body: Buffer }>({ maxEntries: 2, maxBytes: 100 });
		c.set('a', file(10));
		c.set('b', file(10));
		c.get('a');
		c.set('c', file(10));
		expect(c.get('b')).toBeUndefined();
		expect(c.get('a')).toBeDefined();
		c.set('d', file(95));
		expect(c.stats().bytes).toBeLessThanOrEqual(100);
		c.set('huge', file(500));
		expect(c.get('huge')).toBeUndefined();
	});

	it('renders once for identical concurrent requests, then serves the kept file', async () => {
		const c = new PrintCache<{ body: Buffer }>({ maxEntries: 8, maxBytes: 1000 });
		let renders = 0;
		const render = async () => {
			renders++;
			await tick();
			return file(3);
		};
		const all = await Promise.all(Array.from({ length: 10 }, () => c.getOrRender('k', render)));
		expect(renders).toBe(1);
		expect(new Set(all).size).toBe(1);
		await c.getOrRender('k', render);
		expect(renders).toBe(1);
	});

	it('stops a shared render only when every client has left', async () => {
		const c = new PrintCache<{ body: Buffer }>({ maxEntries: 8, maxBytes: 1000 });
		let aborted = false;
		const render = (signal: AbortSignal) =>
			new Promise<{ body: Buffer }>((resolve, reject) => {
				signal.addEventListener('abort', () => {
					aborted = true;
					reject(new RenderAbortedError());
				});
				setTimeout(() => resolve(file(3)), 200);
			});
		const a = new AbortController();
		const b = new AbortController();
		const ra = c.getOrRender('k', render, a.signal);
		const rb = c.getOrRender('k', render, b.signal);
		a.abort();
		await expect(ra).rejects.toBeDefined();
		expect(aborted).toBe(false);
		b.abort();
		await expect(rb).rejects.toBeDefined();
		expect(aborted).toBe(true);
		expect(c.stats()).toMatchObject({ entries: 0, inflight: 0 });
	});
});
