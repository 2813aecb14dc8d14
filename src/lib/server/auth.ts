import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type Database from 'better-sqlite3';
import {
	compteByEmail,
	deleteSession,
	insertSession,
	sessionCompte,
	type Compte
} from './db/accounts';

const scrypt = promisify(scryptCb) as (
	password: string,
	salt: Buffer,
	keylen: number,
	options: { N: number; r: number; p: number; maxmem: number }
) => Promise<Buffer>;

// scrypt parameters (RFC 7914; OWASP's minimum N=2^17 is costly on 2 cores, 2^15 keeps a login
// under ~100 ms while still far beyond brute force at this scale).
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** Hash a password with scrypt and a random salt, as `scrypt$N$r$p$salt$key`. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await scrypt(password, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
	return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Check a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [alg, n, r, p, salt, key] = stored.split('$');
	if (alg !== 'scrypt' || !salt || !key) return false;
	const expected = Buffer.from(key, 'base64');
	const got = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
		N: Number(n),
		r: Number(r),
		p: Number(p),
		maxmem: MAXMEM
	});
	return got.length === expected.length && timingSafeEqual(got, expected);
}

export const SESSION_COOKIE = 'maillage_session';
const SESSION_DAYS = 7;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Open a session: returns the cookie value (only its hash is stored) and its expiry. */
export function openSession(
	db: Database.Database,
	compte: number
): { token: string; expires: Date } {
	const token = randomBytes(32).toString('base64url');
	const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
	insertSession(db, tokenHash(token), compte, expires);
	return { token, expires };
}

export function sessionUser(db: Database.Database, token: string | undefined): Compte | null {
	return token ? sessionCompte(db, tokenHash(token)) : null;
}

export function closeSession(db: Database.Database, token: string | undefined): void {
	if (token) deleteSession(db, tokenHash(token));
}

/** Counts failed logins per key (IP and e-mail) in a sliding window. */
export class LoginLimiter {
	private failures = new Map<string, number[]>();
	constructor(
		private max = 5,
		private windowMs = 15 * 60_000
	) {}
	blocked(key: string, now = Date.now()): boolean {
		const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
		this.failures.set(key, list);
		return list.length >= this.max;
	}
	fail(key: string, now = Date.now()): void {
		this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
	}
	reset(key: string): void {
		this.failures.delete(key);
	}
}

/** Check credentials; null when they are wrong (same answer for an unknown e-mail). */
export async function authenticate(
	db: Database.Database,
	email: string,
	password: string
): Promise<Compte | null> {
	const c = compteByEmail(db, email.trim());
	// Verify against a dummy hash for unknown accounts, so timing does not reveal them.
	const ok = await verifyPassword(password, c?.hash ?? DUMMY);
	return c && ok ? c : null;
}
const DUMMY =
	'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
