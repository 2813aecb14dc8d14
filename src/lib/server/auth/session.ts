import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type Database from 'better-sqlite3';
import {
	compteByEmail,
	deleteSession,
	insertSession,
	saveCompte,
	sessionCompte,
	type Compte
} from '../db/accounts';
import { SIGN_IN_LIMITS, signInLimits, type LoginLimiter } from './login-limiter';

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

/** The account of a live session cookie, or null. */
export function sessionUser(db: Database.Database, token: string | undefined): Compte | null {
	return token ? sessionCompte(db, tokenHash(token)) : null;
}

/** End the session of a cookie (signing out). */
export function closeSession(db: Database.Database, token: string | undefined): void {
	if (token) deleteSession(db, tokenHash(token));
}

/** The form of an e-mail address used for look-ups and throttling: trimmed, lower case. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** Check credentials; null when they are wrong (same answer for an unknown e-mail). */
export async function authenticate(
	db: Database.Database,
	email: string,
	password: string
): Promise<Compte | null> {
	const c = compteByEmail(db, normaliseEmail(email));
	// Verify against a dummy hash for unknown accounts, so timing does not reveal them.
	const ok = await verifyPassword(password, c?.hash ?? DUMMY);
	return c && ok ? c : null;
}
const DUMMY =
	'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Change a password and end every session of the account: whoever had the old one is out. */
export async function setPassword(
	db: Database.Database,
	email: string,
	password: string,
	nom = ''
): Promise<'created' | 'updated'> {
	return saveCompte(db, normaliseEmail(email), nom, await hashPassword(password));
}

/** Outcome of a sign-in attempt: the account, a wrong password, or too many attempts. */
export type SignIn =
	| { ok: true; compte: Compte }
	| { ok: false; reason: 'wrong' }
	| { ok: false; reason: 'blocked'; retryAfterS: number };

/**
 * One sign-in attempt from an address: the attempt is counted against the address and the
 * (address, account) pair before the password is checked, so that fifty simultaneous attempts
 * cannot all reach the check; a right password gives its attempt back and clears the pair.
 */
export async function signIn(
	db: Database.Database,
	limiter: LoginLimiter,
	attempt: { address: string; email: string; password: string },
	limits = SIGN_IN_LIMITS
): Promise<SignIn> {
	const email = normaliseEmail(attempt.email);
	const keys = signInLimits(attempt.address, email, limits);
	const reservation = limiter.reserve(keys);
	if (!reservation)
		return {
			ok: false,
			reason: 'blocked',
			retryAfterS: Math.max(1, Math.ceil(limiter.retryAfter(keys) / 1000))
		};
	const compte = email && attempt.password ? await authenticate(db, email, attempt.password) : null;
	if (!compte) return { ok: false, reason: 'wrong' };
	limiter.release(reservation);
	limiter.reset(keys[1].key);
	return { ok: true, compte };
}
