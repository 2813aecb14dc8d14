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
	/** Renders waiting for a slot before new ones are refused. */
	maxWaiting: number;
}

type Job = () => void;

/** A FIFO of jobs with a concurrency limit and a bounded waiting list. */
export class RenderQueue {
	private running = 0;
	private waiting: Job[] = [];

	constructor(private readonly options: QueueOptions) {}

	/** Renders running and waiting now. */
	stats(): { running: number; waiting: number } {
		return { running: this.running, waiting: this.waiting.length };
	}

	/**
	 * Run `job` when a slot is free. Rejects with QueueFullError when too many wait, and with
	 * RenderAbortedError when `signal` aborts while waiting; a running job gets the signal.
	 */
	run<T>(job: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
		if (signal?.aborted) return Promise.reject(new RenderAbortedError());
		if (this.running >= this.options.concurrency && this.waiting.length >= this.options.maxWaiting)
			return Promise.reject(new QueueFullError());
		return new Promise<T>((resolve, reject) => {
			const start: Job = () => {
				signal?.removeEventListener('abort', leave);
				if (signal?.aborted) {
					reject(new RenderAbortedError());
					this.next();
					return;
				}
				this.running++;
				job(signal)
					.then(
						(v) => (signal?.aborted ? reject(new RenderAbortedError()) : resolve(v)),
						(e) => reject(signal?.aborted ? new RenderAbortedError() : e)
					)
					.finally(() => {
						this.running--;
						this.next();
					});
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

/** The server's print queue: `$MAILLAGE_PRINT_CONCURRENCY` (2) at once, `$MAILLAGE_PRINT_QUEUE` (8) waiting. */
export const printQueue = new RenderQueue({
	concurrency: positive(process.env.MAILLAGE_PRINT_CONCURRENCY, 2),
	maxWaiting: positive(process.env.MAILLAGE_PRINT_QUEUE, 8)
});
