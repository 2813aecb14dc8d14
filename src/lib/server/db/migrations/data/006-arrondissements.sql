-- Version 6: the municipal arrondissements of Paris, Lyon and Marseille, so that the resident
-- finder takes a postcode (75011) or a name (Paris 11e) to the arrondissement's point rather
-- than to the middle of the city. They are not territories: every figure stays with their
-- commune. Filled by the build from the COG and the communes 2024 file (type ARM); a database
-- built before this version has none until it is rebuilt, and the finder then uses the commune.
CREATE TABLE arrondissements (
	code TEXT PRIMARY KEY, -- INSEE code of the arrondissement: 75111
	nom TEXT NOT NULL, -- Paris 11e Arrondissement
	commune TEXT NOT NULL REFERENCES communes(code), -- 75056
	population INTEGER NOT NULL DEFAULT 0,
	codes_postaux TEXT NOT NULL DEFAULT '', -- '|'-separated
	lat REAL,
	lon REAL
);
