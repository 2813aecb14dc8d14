import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	authenticate,
	closeSession,
	hashPassword,
	openSession,
	sessionUser,
	signIn,
	verifyPassword
} from '$lib/server/auth/session';
import { LoginLimiter, SIGN_IN_LIMITS, clientKey } from '$lib/server/auth/login-limiter';
import { insertCompte, openAccounts } from '$lib/server/db/accounts';
import { itMaps } from '../../helpers/table';

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
		// four scrypt derivations, deliberately costly: seconds on a loaded machine
	}, 30_000);
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

describe('sign-in throttle', () => {
	const db = openAccounts(join(dir, 'throttle.sqlite'));
	const PASSWORD = 'correct horse battery';
	beforeAll(async () => {
		insertCompte(db, 'planif@exemple.fr', 'Planif', await hashPassword(PASSWORD));
	});
	afterAll(() => db.close());
	const attempt = (address: string, password: string, email = 'planif@exemple.fr') => ({
		address,
		email,
		password
	});

	it('checks at most 5 of 50 simultaneous attempts from one address; the right one at 45 is refused', async () => {
		const limiter = new LoginLimiter();
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				signIn(db, limiter, attempt('203.0.113.9', i === 44 ? PASSWORD : `faux ${i}`))
			)
		);
		const checked = results.filter((r) => !r.ok && r.reason === 'wrong').length;
		expect(checked).toBe(SIGN_IN_LIMITS.perAddressAndAccount);
		expect(results.filter((r) => r.ok)).toEqual([]);
		expect(results[44]).toMatchObject({ ok: false, reason: 'blocked' });
	}, 60_000);

	it("does not let a stranger's failures from one address lock the planner out from another", async () => {
		const limiter = new LoginLimiter();
		for (let i = 0; i < 12; i++)
			await signIn(db, limiter, attempt('198.51.100.7', 'pas le bon', ' PLANIF@Exemple.fr '));
		expect(await signIn(db, limiter, attempt('198.51.100.7', PASSWORD))).toMatchObject({
			ok: false,
			reason: 'blocked'
		});
		const r = await signIn(db, limiter, attempt('192.0.2.44', PASSWORD));
		expect(r.ok && r.compte.email).toBe('planif@exemple.fr');
	}, 60_000);

	it('counts case and space variants of the e-mail as one account', async () => {
		const limiter = new LoginLimiter();
		const variants = [
			'planif@exemple.fr',
			'PLANIF@exemple.fr',
			' planif@EXEMPLE.fr',
			'Planif@Exemple.FR\t'
		];
		for (let i = 0; i < 5; i++)
			expect((await signIn(db, limiter, attempt('203.0.113.1', 'x', variants[i % 4]))).ok).toBe(
				false
			);
		expect(
			await signIn(db, limiter, attempt('203.0.113.1', PASSWORD, 'PLANIF@EXEMPLE.FR'))
		).toMatchObject({ ok: false, reason: 'blocked' });
	}, 60_000);

	it('limits one address across accounts, and gives back the attempts that succeed', async () => {
		const limiter = new LoginLimiter();
		const limits = { ...SIGN_IN_LIMITS, perAddress: 3 };
		const from = (password: string, email = 'planif@exemple.fr') =>
			signIn(db, limiter, attempt('203.0.113.2', password, email), limits);
		for (let i = 0; i < 4; i++) expect((await from(PASSWORD)).ok).toBe(true);
		for (let i = 0; i < 3; i++)
			expect(await from('x', `personne${i}@exemple.fr`)).toEqual({ ok: false, reason: 'wrong' });
		expect(await from('x', 'encore@exemple.fr')).toMatchObject({ ok: false, reason: 'blocked' });
		expect(await from(PASSWORD)).toMatchObject({ ok: false, reason: 'blocked' });
	}, 60_000);

	it('forgets attempts after the window, keeps memory bounded', () => {
		const l = new LoginLimiter(15 * 60_000, 100);
		const limit = { key: 'ip:1', max: 5 };
		const t = 1_000_000;
		for (let i = 0; i < 5; i++) expect(l.reserve([limit], t + i)).not.toBeNull();
		expect(l.reserve([limit], t + 10)).toBeNull();
		expect(l.retryAfter([limit], t + 10)).toBe(15 * 60_000 - 10);
		expect(l.retryAfter([{ key: 'ip:1', max: 6 }], t + 10)).toBe(0);
		expect(l.blocked({ key: 'ip:2', max: 5 }, t + 10)).toBe(false);
		expect(l.reserve([limit], t + 15 * 60_000 + 10)).not.toBeNull();
		for (let i = 0; i < 1000; i++) l.reserve([{ key: `ip:x${i}`, max: 5 }], t + 20 * 60_000);
		expect(l.size).toBeLessThanOrEqual(101);
	});
});

describe('changing a password', () => {
	it('ends every session of the account, through npm run user:add', () => {
		const path = join(dir, 'user-add.sqlite');
		const run = (email: string, password: string) =>
			execFileSync('npx', ['tsx', 'scripts/user-add.ts', email], {
				env: { ...process.env, MAILLAGE_ACCOUNTS_DB: path, MAILLAGE_PASSWORD: password },
				encoding: 'utf8'
			});
		expect(run('Agent@Exemple.fr ', 'premier mot de passe')).toMatch(
			/Compte planificateur créé : agent@exemple\.fr/
		);
		const db = openAccounts(path);
		const id = db.prepare('SELECT id FROM comptes').pluck().get() as number;
		const sessions = Array.from({ length: 3 }, () => openSession(db, id).token);
		expect(sessionUser(db, sessions[0])?.email).toBe('agent@exemple.fr');
		expect(run('agent@exemple.fr', 'second mot de passe')).toMatch(/changé/);
		expect(sessions.map((t) => sessionUser(db, t))).toEqual([null, null, null]);
		expect(db.prepare('SELECT count(*) FROM comptes').pluck().get()).toBe(1);
		db.close();
	}, 90_000);
});

describe('client addresses for throttling', () => {
	itMaps('%s → %s', clientKey, [
		['203.0.113.9', '203.0.113.9'],
		['::ffff:203.0.113.9', '203.0.113.9'],
		['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
		['2001:0db8:0001:0002:ffff:0:0:1', '2001:db8:1:2::/64'],
		['2001:db8:1:2::1', '2001:db8:1:2::/64'],
		['2001:DB8::1', '2001:db8:0:0::/64'],
		['fe80::1%eth0', 'fe80:0:0:0::/64'],
		['::1', '0:0:0:0::/64']
	]);
});
