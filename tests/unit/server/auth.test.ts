import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	LoginLimiter,
	authenticate,
	closeSession,
	hashPassword,
	openSession,
	sessionUser,
	verifyPassword
} from '$lib/server/auth';
import { insertCompte, openAccounts } from '$lib/server/db/accounts';

const dir = mkdtempSync(join(tmpdir(), 'maillage-auth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('passwords', () => {
	it('hashes with scrypt and a random salt, and verifies', async () => {
		const a = await hashPassword('un mot de passe solide');
		const b = await hashPassword('un mot de passe solide');
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword('un mot de passe solide', a)).toBe(true);
		expect(await verifyPassword('un mot de passe solidE', a)).toBe(false);
		expect(await verifyPassword('x', 'md5$abc')).toBe(false);
	});
});

describe('accounts and sessions', () => {
	const db = openAccounts(join(dir, 'comptes.sqlite'));
	afterAll(() => db.close());

	it('signs in with the right password only, and the same answer for an unknown e-mail', async () => {
		insertCompte(db, 'planif@exemple.fr', 'Planif', await hashPassword('correct horse battery'));
		expect((await authenticate(db, 'PLANIF@exemple.fr', 'correct horse battery'))?.email).toBe(
			'planif@exemple.fr'
		);
		expect(await authenticate(db, 'planif@exemple.fr', 'wrong password!')).toBeNull();
		expect(await authenticate(db, 'personne@exemple.fr', 'correct horse battery')).toBeNull();
	});

	it('stores only a hash of the session token, and closes sessions', () => {
		const { token } = openSession(db, 1);
		const stored = db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
		expect(stored).not.toContain(token);
		expect(sessionUser(db, token)?.email).toBe('planif@exemple.fr');
		expect(sessionUser(db, token + 'x')).toBeNull();
		closeSession(db, token);
		expect(sessionUser(db, token)).toBeNull();
	});

	it('forgets expired sessions', () => {
		db.prepare(
			"INSERT INTO sessions (token_hash, compte, expire_le) VALUES ('old', 1, '2000-01-01T00:00:00Z')"
		).run();
		sessionUser(db, 'anything');
		expect(db.prepare("SELECT count(*) FROM sessions WHERE token_hash = 'old'").pluck().get()).toBe(
			0
		);
	});
});

describe('login rate limit', () => {
	it('blocks a key after 5 failures in 15 minutes, and forgets them later', () => {
		const l = new LoginLimiter(5, 15 * 60_000);
		const t = 1_000_000;
		for (let i = 0; i < 5; i++) {
			expect(l.blocked('ip:1', t + i)).toBe(false);
			l.fail('ip:1', t + i);
		}
		expect(l.blocked('ip:1', t + 10)).toBe(true);
		expect(l.blocked('ip:2', t + 10)).toBe(false);
		expect(l.blocked('ip:1', t + 15 * 60_000 + 10)).toBe(false);
	});
});
