-- Version 5: régions, so that a territory is France, a région, a département, an EPCI or a
-- commune. Filled by the build from the COG (@etalab/decoupage-administratif). A database built
-- before this version gets its régions here, named as in the COG 2024, for the départements it
-- holds (departements.region already carried their codes).
CREATE TABLE regions (
	code TEXT PRIMARY KEY, -- COG code: 93 (URLs write R93)
	nom TEXT NOT NULL,
	source TEXT NOT NULL REFERENCES sources(key)
);

INSERT INTO regions (code, nom, source)
SELECT v.column1, v.column2, (SELECT source FROM departements LIMIT 1)
FROM (VALUES
	('01', 'Guadeloupe'), ('02', 'Martinique'), ('03', 'Guyane'), ('04', 'La Réunion'),
	('06', 'Mayotte'), ('11', 'Île-de-France'), ('24', 'Centre-Val de Loire'),
	('27', 'Bourgogne-Franche-Comté'), ('28', 'Normandie'), ('32', 'Hauts-de-France'),
	('44', 'Grand Est'), ('52', 'Pays de la Loire'), ('53', 'Bretagne'),
	('75', 'Nouvelle-Aquitaine'), ('76', 'Occitanie'), ('84', 'Auvergne-Rhône-Alpes'),
	('93', 'Provence-Alpes-Côte d''Azur'), ('94', 'Corse')
) v
WHERE v.column1 IN (SELECT region FROM departements);
