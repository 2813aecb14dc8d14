-- Version 1 of the open-data database: the layout of the first builds.
-- Every indicator and help point keeps the key of its source; `sources` gives producer, licence and date.

CREATE TABLE sources (
	key TEXT PRIMARY KEY,
	titre TEXT NOT NULL,
	producteur TEXT NOT NULL,
	licence TEXT NOT NULL,
	date TEXT NOT NULL,
	url TEXT NOT NULL DEFAULT ''
);

CREATE TABLE build_info (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE departements (
	code TEXT PRIMARY KEY,
	nom TEXT NOT NULL,
	region TEXT,
	population INTEGER NOT NULL DEFAULT 0,
	geometry TEXT, -- GeoJSON geometry
	source TEXT NOT NULL REFERENCES sources(key)
);

CREATE TABLE epci (
	code TEXT PRIMARY KEY, -- SIREN
	nom TEXT NOT NULL,
	type TEXT,
	population INTEGER NOT NULL DEFAULT 0,
	geometry TEXT,
	source TEXT NOT NULL REFERENCES sources(key)
);

-- An EPCI may straddle two départements.
CREATE TABLE epci_departements (
	epci TEXT NOT NULL REFERENCES epci(code),
	departement TEXT NOT NULL,
	PRIMARY KEY (epci, departement)
);

CREATE TABLE communes (
	code TEXT PRIMARY KEY, -- INSEE, current COG
	nom TEXT NOT NULL,
	departement TEXT NOT NULL REFERENCES departements(code),
	epci TEXT REFERENCES epci(code),
	population INTEGER NOT NULL DEFAULT 0,
	codes_postaux TEXT NOT NULL DEFAULT '', -- '|'-separated
	lat REAL,
	lon REAL,
	geometry TEXT,
	-- exact: own 2018 shape; union: merged from former communes; fallback: approximation, marked
	geom_status TEXT NOT NULL CHECK (geom_status IN ('exact', 'union', 'fallback', 'missing')),
	source TEXT NOT NULL REFERENCES sources(key),
	geom_source TEXT REFERENCES sources(key)
);
CREATE INDEX communes_departement ON communes(departement);
CREATE INDEX communes_epci ON communes(epci);

-- One row per territory, indicator and source. niveau: commune | epci | departement | region | france.
CREATE TABLE indicateurs (
	niveau TEXT NOT NULL,
	code TEXT NOT NULL,
	indicateur TEXT NOT NULL, -- ifn, ifn_thd, ifn_4g, ifn_pauvrete, ifn_65plus, ifn_diplomes, illectronisme
	valeur REAL NOT NULL,
	-- how the value was obtained: source (as published), moyenne_ponderee (computed), anciennes_communes
	methode TEXT NOT NULL DEFAULT 'source',
	source TEXT NOT NULL REFERENCES sources(key),
	millesime TEXT NOT NULL,
	PRIMARY KEY (niveau, code, indicateur, source)
);

CREATE TABLE lieux (
	id INTEGER PRIMARY KEY,
	kind TEXT NOT NULL,
	nom TEXT NOT NULL,
	adresse TEXT,
	code_postal TEXT,
	code_insee TEXT,
	commune TEXT,
	departement TEXT,
	lat REAL NOT NULL,
	lon REAL NOT NULL,
	approximatif INTEGER NOT NULL DEFAULT 0,
	itinerant INTEGER NOT NULL DEFAULT 0,
	format TEXT,
	telephone TEXT,
	courriel TEXT,
	site_web TEXT,
	horaires TEXT, -- OSM opening_hours
	horaires_brut TEXT,
	services TEXT NOT NULL DEFAULT '', -- '|'-separated national schema v1 values
	publics TEXT NOT NULL DEFAULT '',
	frais TEXT NOT NULL DEFAULT '',
	prise_rdv TEXT,
	date_maj TEXT NOT NULL,
	source TEXT NOT NULL REFERENCES sources(key) -- the primary source
);
CREATE INDEX lieux_departement ON lieux(departement);
CREATE INDEX lieux_code_insee ON lieux(code_insee);

-- Every source record merged into a help point.
CREATE TABLE lieux_sources (
	lieu INTEGER NOT NULL REFERENCES lieux(id),
	source TEXT NOT NULL REFERENCES sources(key),
	source_id TEXT NOT NULL,
	nom TEXT NOT NULL,
	date_maj TEXT NOT NULL,
	PRIMARY KEY (source, source_id)
);
CREATE INDEX lieux_sources_lieu ON lieux_sources(lieu);

CREATE VIRTUAL TABLE lieux_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);

-- Stops of itinerant services (buses, itinerant advisers).
CREATE TABLE tournees_arrets (
	id INTEGER PRIMARY KEY,
	lieu INTEGER NOT NULL REFERENCES lieux(id),
	code_insee TEXT,
	lat REAL,
	lon REAL,
	libelle TEXT,
	horaires TEXT, -- OSM opening_hours, e.g. 'Tu[2] 09:00-12:00'
	valide_du TEXT,
	valide_au TEXT,
	source TEXT NOT NULL
);
CREATE INDEX tournees_arrets_lieu ON tournees_arrets(lieu);

-- Communes served by an itinerant service (by default the communes of its EPCI).
CREATE TABLE zones_desserte (
	lieu INTEGER NOT NULL REFERENCES lieux(id),
	code_insee TEXT NOT NULL,
	origine TEXT NOT NULL, -- epci (default) | tournee | declaree
	PRIMARY KEY (lieu, code_insee)
);

CREATE TABLE rejets (
	source TEXT NOT NULL,
	fichier TEXT NOT NULL,
	ligne INTEGER NOT NULL,
	champ TEXT NOT NULL,
	niveau TEXT NOT NULL,
	message TEXT NOT NULL
);
