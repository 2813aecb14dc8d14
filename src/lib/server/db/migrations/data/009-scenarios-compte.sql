-- Version 9: saved scenarios can be renamed and deleted (issue 13).
-- `compte` is the id of the planner account that saved the scenario (in the accounts database,
-- hence no foreign key); NULL for the scenarios saved before this step, which any signed-in
-- planner may then rename or delete. AUTOINCREMENT: the id of a deleted scenario is never given
-- to a new one, so a link shared before the deletion never opens someone else's scenario.
CREATE TABLE scenarios_v9 (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	nom TEXT NOT NULL,
	territoire TEXT NOT NULL, -- code of a département or SIREN of an EPCI
	contenu TEXT NOT NULL, -- JSON: { retirer: [ids], ajouter: [sites], seuil_km, types }
	auteur TEXT NOT NULL, -- the planner's name when saved
	compte INTEGER, -- the planner's account id (accounts database); NULL before version 9
	cree_le TEXT NOT NULL,
	modifie_le TEXT NOT NULL
);
INSERT INTO scenarios_v9 (id, nom, territoire, contenu, auteur, cree_le, modifie_le)
	SELECT id, nom, territoire, contenu, auteur, cree_le, modifie_le FROM scenarios;
DROP TABLE scenarios;
ALTER TABLE scenarios_v9 RENAME TO scenarios;
CREATE INDEX IF NOT EXISTS scenarios_territoire ON scenarios (territoire, modifie_le);
