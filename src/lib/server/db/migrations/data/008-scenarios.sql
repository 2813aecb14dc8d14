-- Version 8: scenarios saved by planners (issue 13): a name, a territory and what the scenario
-- changes (places removed, sites added, the rule's choices) as JSON. Figures are never stored:
-- the shared page and the print evaluate the scenario again against today's data.
CREATE TABLE IF NOT EXISTS scenarios (
	id INTEGER PRIMARY KEY,
	nom TEXT NOT NULL,
	territoire TEXT NOT NULL, -- code of a département or SIREN of an EPCI
	contenu TEXT NOT NULL, -- JSON: { retirer: [ids], ajouter: [sites], seuil_km, types }
	auteur TEXT NOT NULL, -- the planner's name when saved
	cree_le TEXT NOT NULL,
	modifie_le TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS scenarios_territoire ON scenarios (territoire, modifie_le);
