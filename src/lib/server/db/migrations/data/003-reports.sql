-- Corrections from the field: residents' reports on a help point, and the day a planner last
-- checked one.

-- Day (YYYY-MM-DD) a planner last checked the help point; NULL when never.
ALTER TABLE lieux ADD COLUMN verifie_le TEXT;

-- A resident's report (« Signaler une erreur »). Nothing about the sender is kept but the contact
-- they chose to give. Accepting one is an import (import_id): undoing it reopens the report.
CREATE TABLE IF NOT EXISTS signalements (
	id INTEGER PRIMARY KEY,
	lieu INTEGER NOT NULL, -- lieux(id) when sent; the place may have been removed since
	date TEXT NOT NULL, -- ISO instant
	motif TEXT NOT NULL CHECK (motif IN ('ferme', 'demenage', 'horaires', 'telephone', 'autre')),
	valeur TEXT, -- the correct value the sender proposes (phone, hours, address), if any
	message TEXT, -- the sender's free text
	contact TEXT, -- optional e-mail or phone given by the sender to be called back
	statut TEXT NOT NULL DEFAULT 'ouvert' CHECK (statut IN ('ouvert', 'accepte', 'ecarte')),
	traite_le TEXT, -- ISO instant of the decision
	raison TEXT, -- why it was dismissed
	import_id INTEGER -- the correction that accepted it
);
CREATE INDEX IF NOT EXISTS signalements_statut ON signalements(statut, lieu);
