/** One throttled key (an address, or an address and an account) and its limit per window. */
export interface Limit {
	key: string;
	max: number;
}

/** Attempts counted by `reserve`, to give back with `release` when the password was right. */
export interface Reservation {
	keys: string[];
	at: number;
}

/** Sign-in limits: wrong passwords per address, and per address and account, in 15 minutes. */
export const SIGN_IN_LIMITS = { perAddress: 20, perAddressAndAccount: 5, windowMs: 15 * 60_000 };

/**
 * The keys a sign-in attempt counts against. There is no key for the account alone: a stranger's
 * wrong passwords from their own address must not lock the planner out from hers.
 */
export function signInLimits(address: string, email: string, limits = SIGN_IN_LIMITS): Limit[] {
	address = clientKey(address);
	return [
		{ key: `ip:${address}`, max: limits.perAddress },
		{ key: `ip-compte:${address}|${email}`, max: limits.perAddressAndAccount }
	];
}

/**
 * The part of a client address that identifies one client: an IPv4 address (also when written as
 * `::ffff:a.b.c.d`), or the /64 prefix of an IPv6 address, since one subscriber holds a whole /64
 * and could otherwise try 2^64 addresses.
 */
export function clientKey(address: string): string {
	const a = address.trim().toLowerCase().replace(/%.*$/, '');
	const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
	if (v4) return v4[1];
	if (!a.includes(':')) return a;
	const [head, tail = ''] = a.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = a.includes('::')
		? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
		: left;
	return `${groups
		.slice(0, 4)
		.map((g) => g.replace(/^0+/, '') || '0')
		.join(':')}::/64`;
}

/**
 * Counts sign-in attempts per key in a sliding window. An attempt is reserved (counted) before the
 * slow password check, synchronously, so that simultaneous attempts cannot all pass the limit; a
 * successful attempt is given back afterwards. Refused attempts are not counted, so a lock ends
 * `windowMs` after the last wrong password that was actually checked.
 */
export class LoginLimiter {
	private attempts = new Map<string, number[]>();
	constructor(
		private windowMs = SIGN_IN_LIMITS.windowMs,
		/** Keys kept at most; past it, expired keys are swept, then the oldest dropped. */
		private maxKeys = 100_000
	) {}

	private live(key: string, now: number): number[] {
		const list = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
		if (list.length) this.attempts.set(key, list);
		else this.attempts.delete(key);
		return list;
	}

	/** Count one attempt on every key, or none and null when one key is at its limit. */
	reserve(limits: Limit[], now = Date.now()): Reservation | null {
		if (limits.some((l) => this.live(l.key, now).length >= l.max)) return null;
		for (const l of limits) this.attempts.set(l.key, [...this.live(l.key, now), now]);
		this.sweep(now);
		return { keys: limits.map((l) => l.key), at: now };
	}

	/** Milliseconds until every key of `limits` is under its limit again (0 when none is at it). */
	retryAfter(limits: Limit[], now = Date.now()): number {
		let wait = 0;
		for (const l of limits) {
			const list = this.live(l.key, now);
			if (list.length >= l.max)
				wait = Math.max(wait, list[list.length - l.max] + this.windowMs - now);
		}
		return wait;
	}

	/** Give back a reserved attempt (the password was right). */
	release(r: Reservation): void {
		for (const key of r.keys) {
			const list = this.attempts.get(key);
			const i = list?.indexOf(r.at) ?? -1;
			if (list && i >= 0) list.splice(i, 1);
			if (list && !list.length) this.attempts.delete(key);
		}
	}

	/** Whether a key is at its limit now. */
	blocked(limit: Limit, now = Date.now()): boolean {
		return this.live(limit.key, now).length >= limit.max;
	}

	/** Forget every attempt on a key. */
	reset(key: string): void {
		this.attempts.delete(key);
	}

	/** Number of keys held (memory stays bounded whatever addresses and e-mails are sent). */
	get size(): number {
		return this.attempts.size;
	}

	private sweep(now: number): void {
		if (this.attempts.size <= this.maxKeys) return;
		for (const key of [...this.attempts.keys()]) this.live(key, now);
		for (const key of this.attempts.keys()) {
			if (this.attempts.size <= this.maxKeys) break;
			this.attempts.delete(key);
		}
	}
}
