/**
 * A small made-up reference for the placement table: seven communes of the Haut-Verdon drawn as
 * 0.1° squares (the real ones are where the comments say, give or take), one without a contour,
 * one outside the mapped territory, one namesake elsewhere, two sharing a shape, three Corsican communes and some COG
 * aliases.
 *
 *   lat 44.3 ┌────────┐
 *            │ Allos  │
 *   lat 44.2 ├────────┼────────┬────────┐
 *            │Villars-│Beauve- │Colmars │         Digne-les-Bains: lon 6.20–6.30, lat 44.05–44.15
 *            │Colmars │ zer    │        │         Manosque: lon 5.75–5.85, lat 43.80–43.90
 *   lat 44.1 └────────┴────────┴────────┘         Thorame-Basse: a point only, (44.05, 6.48)
 *         lon 6.45     6.55     6.65     6.75
 */
import type { CogCommuneRaw } from '$lib/import/cog';
import type { CommunePosition } from '$lib/import/commune-reference';
import { squarePolygon } from '../../helpers/square';

type Entry = CogCommuneRaw & { codesPostaux?: string[]; chefLieu?: string };

const commune = (
	code: string,
	nom: string,
	codesPostaux: string[],
	extra: Partial<Entry> = {}
) => ({
	code,
	nom,
	type: 'commune-actuelle',
	departement: code.slice(0, 2),
	codesPostaux,
	...extra
});

export const COG: Entry[] = [
	commune('04006', 'Allos', ['04260']),
	commune('04025', 'Beauvezer', ['04370']),
	commune('04061', 'Colmars', ['04370']),
	commune('04240', 'Villars-Colmars', ['04370']),
	commune('04070', 'Digne-les-Bains', ['04000']),
	commune('04112', 'Manosque', ['04100']),
	commune('04218', 'Thorame-Basse', ['04170']),
	commune('04144', 'La Palud-sur-Verdon', ['04120']),
	commune('04039', 'Castellane', ['04120'], { anciensCodes: ['04044'] }),
	{ code: '04044', nom: 'Taloire', type: 'commune-deleguee', chefLieu: '04039' },
	commune('03190', 'Moulins', ['03000']),
	commune('83999', 'Beauvezer', ['83999']),
	commune('14712', 'Troarn', ['14670']),
	commune('14666', 'Sannerville', ['14940']),
	commune('2A004', 'Ajaccio', ['20000', '20090', '20167']),
	commune('2A001', 'Afa', ['20167']),
	commune('2B033', 'Bastia', ['20200', '20600'])
];

const square = (lon: number, lat: number) => squarePolygon(lon, lat, 0.1);

const at = (code: string, lon: number, lat: number): CommunePosition => ({
	code,
	lat: lat + 0.05,
	lon: lon + 0.05,
	geometry: square(lon, lat)
});

/** Positions known for the communes of the mapped territory (here, part of 04). */
export const POSITIONS: CommunePosition[] = [
	at('04006', 6.55, 44.2),
	at('04240', 6.45, 44.1),
	at('04025', 6.55, 44.1),
	at('04061', 6.65, 44.1),
	at('04070', 6.2, 44.05),
	at('04112', 5.75, 43.8),
	at('04144', 6.3, 43.75),
	at('04039', 6.45, 43.8),
	{ code: '04218', lat: 44.05, lon: 6.48, geometry: null },
	// Sannerville, re-created in 2019, shares Troarn's 2018 shape (a fallback shape)
	{ code: '14712', lat: 49.18, lon: -0.18, geometry: square(-0.25, 49.15) },
	{ code: '14666', lat: 49.18, lon: -0.23, geometry: square(-0.25, 49.15) }
];

/** Points inside each square (the centres) and a few elsewhere. */
export const P = {
	allos: { lat: 44.25, lon: 6.6 },
	beauvezer: { lat: 44.15, lon: 6.6 },
	colmars: { lat: 44.15, lon: 6.7 },
	villars: { lat: 44.15, lon: 6.5 },
	manosque: { lat: 43.85, lon: 5.8 },
	/** 1 km from Thorame-Basse's point, outside every contour. */
	thorameBasse: { lat: 44.059, lon: 6.48 },
	/** In the shape Troarn and Sannerville share, nearer Sannerville's point. */
	sannerville: { lat: 49.18, lon: -0.225 },
	/** 10 km north of Allos, outside every contour. */
	northOfAllos: { lat: 44.39, lon: 6.6 }
};
