-- Version 2: the import history, added after the first databases were built.
-- Import history (`npm run import`): one row per import, and every row it inserted, updated or
-- deleted with its values before and after, so that `--undo` restores exactly the previous rows.
CREATE TABLE imports (
	id INTEGER PRIMARY KEY,
	date TEXT NOT NULL, -- ISO instant
	fichier TEXT NOT NULL,
	type TEXT NOT NULL, -- lieux | france-services | bibliotheques | ifn | illectronisme | tournees
	lignes_lues INTEGER NOT NULL DEFAULT 0,
	importees INTEGER NOT NULL DEFAULT 0,
	mises_a_jour INTEGER NOT NULL DEFAULT 0,
	rejetees INTEGER NOT NULL DEFAULT 0,
	avertissements INTEGER NOT NULL DEFAULT 0,
	annule_le TEXT -- ISO instant of the undo, NULL while the import stands
);

CREATE TABLE import_changes (
	id INTEGER PRIMARY KEY, -- order in which the changes were made
	import_id INTEGER NOT NULL REFERENCES imports(id),
	table_name TEXT NOT NULL,
	row_key TEXT NOT NULL, -- JSON object of the key columns
	action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
	avant TEXT, -- JSON row before (NULL for insert)
	apres TEXT -- JSON row after (NULL for delete)
);
CREATE INDEX import_changes_import ON import_changes(import_id);
