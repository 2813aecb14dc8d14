-- Version 4: values a producer publishes for a whole territory (La MedNum's IFN per EPCI), kept
-- beside the population-weighted means of `indicateurs`. The pages show the published value where
-- there is one; the means stay the comparison averages (zones blanches, écarts).
CREATE TABLE indicateurs_publies (
	niveau TEXT NOT NULL, -- epci (the only level published so far)
	code TEXT NOT NULL,
	indicateur TEXT NOT NULL, -- ifn, ifn_thd, ifn_4g, ifn_pauvrete, ifn_65plus, ifn_diplomes
	valeur REAL NOT NULL,
	source TEXT NOT NULL REFERENCES sources(key),
	millesime TEXT NOT NULL,
	PRIMARY KEY (niveau, code, indicateur)
);
