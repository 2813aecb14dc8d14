/**
 * Finished print files kept in memory, least recently used first out, bounded in count and in
 * bytes; and the renders in flight, shared by identical requests. The key carries everything an
 * output depends on (the data version among it), so a stale file is never served.
 */

interface Sized {
	body: { length: number };
}

export interface CacheOptions {
	maxEntries: number;
	maxBytes: number;
}

/** A bounded LRU of files with single-flight: one render for identical concurrent requests. */
export class PrintCache<T extends Sized> {
	private files = new Map<string, T>();
	private bytes = 0;
	private inflight = new Map<
		string,
		{ promise: Promise<T>; controller: AbortController; waiters: number }
	>();

	constructor(private readonly options: CacheOptions) {}

	/** Entries and bytes held. */
	stats(): { entries: number; bytes: number; inflight: number } {
		return { entries: this.files.size, bytes: this.bytes, inflight: this.inflight.size };
	}

	/** A kept file, marked as just used. */
	get(key: string): T | undefined {
		const f = this.files.get(key);
		if (f) {
			this.files.delete(key);
			this.files.set(key, f);
		}
		return f;
	}

	/** Keep a file, dropping the least recently used beyond the bounds. */
	set(key: string, file: T): void {
		if (file.body.length > this.options.maxBytes) return;
		const old = this.files.get(key);
		if (old) {
			this.bytes -= old.body.length;
			this.files.delete(key);
		}
		this.files.set(key, file);
		this.bytes += file.body.length;
		for (const [k, f] of this.files) {
			if (this.files.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
			this.files.delete(k);
			this.bytes -= f.body.length;
		}
	}

	/**
	 * The kept file, else the render in flight for the same key, else a new render. The render
	 * is aborted only when every request waiting for it has left (`signal`).
	 */
	async getOrRender(
		key: string,
		render: (signal: AbortSignal) => Promise<T>,
		signal?: AbortSignal
	): Promise<T> {
		const kept = this.get(key);
		if (kept) return kept;
		let flight = this.inflight.get(key);
		if (!flight) {
			const controller = new AbortController();
			const promise = render(controller.signal).then(
				(file) => {
					this.inflight.delete(key);
					this.set(key, file);
					return file;
				},
				(e) => {
					this.inflight.delete(key);
					throw e;
				}
			);
			promise.catch(() => {}); // a render nobody waits for any more must not crash the process
			flight = { promise, controller, waiters: 0 };
			this.inflight.set(key, flight);
		}
		const f = flight;
		f.waiters++;
		const leave = () => {
			f.waiters--;
			if (f.waiters === 0) f.controller.abort();
		};
		signal?.addEventListener('abort', leave, { once: true });
		try {
			return await (signal ? raceAbort(f.promise, signal) : f.promise);
		} finally {
			signal?.removeEventListener('abort', leave);
			if (!signal?.aborted) f.waiters--;
		}
	}
}

/** The promise, or a rejection as soon as the signal aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise<T>((resolve, reject) => {
		signal.addEventListener('abort', () => reject(signal.reason), { once: true });
		promise.then(resolve, reject);
	});
}
