-- Version 7: what a planner knows of a help point's future, for the scenarios (issue 13): the day
-- its funding or contract ends, its status and a note. Set by a signed-in planner (an import of
-- type `statut`, with history and undo like every import); NULL when nobody said.
ALTER TABLE lieux ADD COLUMN fin_financement TEXT; -- YYYY-MM-DD
ALTER TABLE lieux ADD COLUMN statut TEXT CHECK (statut IN ('actif', 'menace', 'en_projet', 'ferme'));
ALTER TABLE lieux ADD COLUMN note_statut TEXT; -- who funds, what is planned, with its source
