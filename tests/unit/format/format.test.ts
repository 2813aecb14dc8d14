import { describe, expect, it } from 'vitest';
import {
	arrondissementNumber,
	deName,
	displayName,
	formatDistance,
	formatPhone
} from '../../../src/lib/format';
import { formatDecimal, parisDay } from '../../../src/lib/labels';
import { itMaps } from '../../helpers/table';

describe('formatPhone', () => {
	it.each([
		['+33486622020', '04 86 62 20 20', 'tel:+33486622020'],
		['0486622020', '04 86 62 20 20', 'tel:+33486622020'],
		['04.92.80.71.30', '04 92 80 71 30', 'tel:+33492807130'],
		['0033 4 92 80 71 30', '04 92 80 71 30', 'tel:+33492807130']
	])('writes %s as %s', (raw, text, href) => {
		expect(formatPhone(raw)).toEqual({ text, href });
	});
	it.each([
		// overseas numbers are in the French plan: written with their 0, dialled with their code
		['+262 692 29 56 91', '974', '0692 29 56 91', 'tel:+262692295691'],
		['0692 29 56 91', '974', '0692 29 56 91', 'tel:+262692295691'],
		['0269 60 11 71', '976', '0269 60 11 71', 'tel:+262269601171'],
		['0594 38 65 28', '973', '0594 38 65 28', 'tel:+594594386528'],
		['+594594386528', null, '0594 38 65 28', 'tel:+594594386528'],
		['04 92 80 71 30', '04', '04 92 80 71 30', 'tel:+33492807130']
	])('writes %s of a place in %s as %s', (raw, dep, text, href) => {
		expect(formatPhone(raw, dep)).toEqual({ text, href });
	});
	it('keeps a text that is not a valid number, without a link', () => {
		expect(formatPhone('3631')).toEqual({ text: '3631', href: null });
	});
	it('gives nothing for no number', () => {
		expect(formatPhone(null)).toBeNull();
		expect(formatPhone('  ')).toBeNull();
	});
});

describe('formatDistance', () => {
	itMaps('%d m reads %s', formatDistance, [
		[4, '0 m'],
		[122, '120 m'],
		[994, '990 m'],
		[996, '1 km'],
		[1000, '1 km'],
		[1049, '1 km'],
		[1234, '1,2 km'],
		[9940, '9,9 km'],
		[9960, '10 km'],
		[12_345, '12 km']
	]);
	it('never writes 1000 m nor 1,0 km', () => {
		for (let m = 900; m < 1200; m++) {
			expect(formatDistance(m)).not.toMatch(/^1000 m$|,0 km/);
		}
	});
});

describe('displayName', () => {
	itMaps('%s reads %s', displayName, [
		['04-Accueil-ISATIS', 'ISATIS'],
		['04-Accueil-Ligue de l’Enseignement', 'Ligue de l’Enseignement'],
		['ANTENNE LOCALE CROIX ROUGE DE SISTERON', 'Antenne Locale Croix Rouge de Sisteron'],
		['MAIRIE D ORAISON', 'Mairie d’Oraison'],
		['CC DU SISTERONAIS-BUECH', 'CC du Sisteronais-Buech'],
		[
			"ASSOCIATION POUR L'EDUCATION COGNITIVE ET LE DEVELOPPEMENT (AECD)",
			"Association pour l'Education Cognitive et le Developpement (AECD)"
		],
		['CCAPV', 'CCAPV'],
		['LA POSTE', 'La Poste'],
		['France services de Castellane', 'France services de Castellane'],
		['MEDIATHEQUE DEPARTEMENTALE des Alpes', 'MEDIATHEQUE DEPARTEMENTALE des Alpes']
	]);
});

describe('arrondissementNumber', () => {
	itMaps('%s → %s', arrondissementNumber, [
		['Paris 1er Arrondissement', '1er'],
		['Paris 11e Arrondissement', '11e'],
		['Marseille 16e Arrondissement', '16e'],
		['Lyon 3e Arrondissement', '3e'],
		['Digne-les-Bains', 'Digne-les-Bains']
	]);
});

describe('deName', () => {
	itMaps('%s → %s', deName, [
		['Lille', 'de Lille'],
		['Ajaccio', 'd’Ajaccio'],
		['Évreux', 'd’Évreux'],
		['Le Mans', 'du Mans'],
		['Les Mées', 'des Mées'],
		['La Javie', 'de La Javie'],
		['votre position', 'de votre position']
	]);
});

describe('parisDay', () => {
	it('gives the date in Paris, not in UTC, around midnight', () => {
		expect(parisDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
		expect(parisDay(new Date('2026-12-01T22:59:00Z'))).toBe('2026-12-01');
		expect(parisDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15'); // summer time
	});
});

describe('formatDecimal', () => {
	it('keeps the decimals a value has, neither rounded nor padded', () => {
		expect(formatDecimal(12.5)).toBe('12,5');
		expect(formatDecimal(30)).toBe('30');
		expect(formatDecimal(75323).replace(/\s/g, ' ')).toBe('75 323');
	});
});
