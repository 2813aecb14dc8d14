import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { CompteRow } from '../../types/rows';
import { migrate } from './migrate';

/** What sign-in needs of an account. */
export type Compte = Pick<CompteRow, 'id' | 'email' | 'nom' | 'hash'>;

/** Path of the accounts database: `$MAILLAGE_ACCOUNTS_DB`, else data/comptes.sqlite. */
export function accountsPath(env = process.env): string {
	return resolve(env.MAILLAGE_ACCOUNTS_DB || 'data/comptes.sqlite');
}

let shared: Database.Database | null = null;

/** Open (and create, or upgrade, if needed) the accounts database. */
export function openAccounts(path = accountsPath()): Database.Database {
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	migrate(db, 'accounts');
	return db;
}

/** The accounts database the web server uses, opened once. */
export function getAccounts(): Database.Database {
	shared ??= openAccounts();
	return shared;
}

/** Insert a new account (the e-mail is stored as given: normalise it first). */
export function insertCompte(
	db: Database.Database,
	email: string,
	nom: string,
	hash: string
): number {
	return Number(
		db
			.prepare('INSERT INTO comptes (email, nom, hash, cree_le) VALUES (?, ?, ?, ?)')
			.run(email, nom, hash, new Date().toISOString()).lastInsertRowid
	);
}

/**
 * Create an account, or give an existing one a new password hash (and name, when one is given)
 * and delete all its sessions, in one transaction: a changed password signs everyone out.
 */
export function saveCompte(
	db: Database.Database,
	email: string,
	nom: string,
	hash: string
): 'created' | 'updated' {
	return db.transaction(() => {
		const c = compteByEmail(db, email);
		if (!c) {
			insertCompte(db, email, nom, hash);
			return 'created' as const;
		}
		db.prepare('UPDATE comptes SET hash = ?, nom = ? WHERE id = ?').run(hash, nom || c.nom, c.id);
		db.prepare('DELETE FROM sessions WHERE compte = ?').run(c.id);
		return 'updated' as const;
	})();
}

/** The account with this e-mail (ASCII case ignored by the column's collation), or null. */
export function compteByEmail(db: Database.Database, email: string): Compte | null {
	return (
		db
			.prepare<[string], Compte>('SELECT id, email, nom, hash FROM comptes WHERE email = ?')
			.get(email) ?? null
	);
}

/** Store a session by the hash of its token. */
export function insertSession(
	db: Database.Database,
	tokenHash: string,
	compte: number,
	expires: Date
): void {
	db.prepare('INSERT INTO sessions (token_hash, compte, expire_le) VALUES (?, ?, ?)').run(
		tokenHash,
		compte,
		expires.toISOString()
	);
}

/** The account of a live session, or null (expired sessions are removed on the way). */
export function sessionCompte(
	db: Database.Database,
	tokenHash: string,
	now = new Date()
): Compte | null {
	db.prepare('DELETE FROM sessions WHERE expire_le < ?').run(now.toISOString());
	return (
		db
			.prepare<
				[string],
				Compte
			>('SELECT c.id, c.email, c.nom, c.hash FROM sessions s JOIN comptes c ON c.id = s.compte WHERE s.token_hash = ?')
			.get(tokenHash) ?? null
	);
}

/** Delete one session by the hash of its token. */
export function deleteSession(db: Database.Database, tokenHash: string): void {
	db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}
