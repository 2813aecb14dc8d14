/**
 * A bounded queue for Chromium renders: at most `concurrency` run at once, at most `maxWaiting`
 * wait; beyond that a render is refused at once (the route answers 503 with Retry-After) rather
 * than piling up browser pages. A render whose client has left is dropped from the queue, or
 * told to stop through its signal if it already runs.
 */

/** The queue is full: come back later. */
export class QueueFullError extends Error {
	constructor() {
		super('Trop d’impressions en cours : réessayez dans quelques secondes.');
	}
}

/** The client left before its render ended. */
export class RenderAbortedError extends Error {
	constructor() {
		super('Impression abandonnée : le client s’est déconnecté.');
	}
}

export interface QueueOptions {
	/** Renders at once: one per core by default on this 2-core server. */
	concurrency: number;
	/**
	 * Renders waiting for a slot before new ones are refused: few, so that a waiting client is
	 * served within seconds instead of timing out behind a long line.
	 */
	maxWaiting: number;
	/**
	 * Longest expected wait (ms) before a new render is refused: the line's length times the mean
	 * duration of recent renders, so that a busy or slow machine refuses early (503) rather
	 * than letting clients time out.
	 */
	maxWaitMs?: number;
	/** Duration assumed for a render before one has been timed (a cold browser is slow). */
	priorMs?: number;
}

type Job = () => void;

/** A FIFO of jobs with a concurrency limit and a bounded waiting list. */
export class RenderQueue {
	private running = 0;
	private waiting: Job[] = [];
	/** Mean duration of recent renders (exponentially weighted); a prior until the first ends. */
	private meanMs: number;

	constructor(private readonly options: QueueOptions) {
		this.meanMs = options.priorMs ?? 0;
	}

	/** Renders running and waiting now. */
	stats(): { running: number; waiting: number } {
		return { running: this.running, waiting: this.waiting.length };
	}

	/** Expected wait of a render queued now, in ms. */
	expectedWaitMs(): number {
		const ahead = this.waiting.length + 1;
		return Math.ceil(ahead / this.options.concurrency) * this.meanMs;
	}

	private full(): boolean {
		if (this.running < this.options.concurrency) return false;
		if (this.waiting.length >= this.options.maxWaiting) return true;
		return this.options.maxWaitMs != null && this.expectedWaitMs() > this.options.maxWaitMs;
	}

	/**
	 * Run `job` when a slot is free. Rejects with QueueFullError when too many wait, and with
	 * RenderAbortedError when `signal` aborts while waiting; a running job gets the signal.
	 */
	run<T>(job: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
		if (signal?.aborted) return Promise.reject(new RenderAbortedError());
		if (this.full()) return Promise.reject(new QueueFullError());
		return new Promise<T>((resolve, reject) => {
			const start: Job = () => {
				signal?.removeEventListener('abort', leave);
				if (signal?.aborted) {
					reject(new RenderAbortedError());
					this.next();
					return;
				}
				this.running++;
				const t0 = Date.now();
				// the slot is freed before the caller hears back, so its next request sees it free
				const done = () => {
					const ms = Date.now() - t0;
					this.meanMs = this.meanMs * 0.7 + ms * 0.3;
					this.running--;
					this.next();
				};
				job(signal).then(
					(v) => {
						done();
						if (signal?.aborted) reject(new RenderAbortedError());
						else resolve(v);
					},
					(e) => {
						done();
						reject(signal?.aborted ? new RenderAbortedError() : e);
					}
				);
			};
			const leave = () => {
				const i = this.waiting.indexOf(start);
				if (i >= 0) this.waiting.splice(i, 1);
				reject(new RenderAbortedError());
			};
			if (this.running < this.options.concurrency) start();
			else {
				this.waiting.push(start);
				signal?.addEventListener('abort', leave, { once: true });
			}
		});
	}

	private next(): void {
		while (this.running < this.options.concurrency && this.waiting.length > 0)
			this.waiting.shift()?.();
	}
}

const positive = (v: string | undefined, def: number) =>
	v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : def;

/** The server's print queue: `$MAILLAGE_PRINT_CONCURRENCY` (2) at once, `$MAILLAGE_PRINT_QUEUE` (4) waiting. */
export const printQueue = new RenderQueue({
	concurrency: positive(process.env.MAILLAGE_PRINT_CONCURRENCY, 2),
	maxWaiting: positive(process.env.MAILLAGE_PRINT_QUEUE, 4),
	maxWaitMs: 10_000,
	priorMs: 4_000
});
