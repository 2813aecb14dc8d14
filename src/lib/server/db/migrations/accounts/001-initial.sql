-- Version 1 of the accounts database.
-- Planner accounts live in their own database (data/comptes.sqlite, or $MAILLAGE_ACCOUNTS_DB),
-- so that rebuilding the open-data database never deletes an account or a session.
CREATE TABLE comptes (
	id INTEGER PRIMARY KEY,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE,
	nom TEXT NOT NULL DEFAULT '',
	hash TEXT NOT NULL, -- scrypt$N$r$p$salt$key (base64)
	cree_le TEXT NOT NULL
);

CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY, -- sha256 of the cookie value
	compte INTEGER NOT NULL REFERENCES comptes(id) ON DELETE CASCADE,
	expire_le TEXT NOT NULL
);
