import { describe, expect, it } from 'vitest';
import { displayName, formatDistance, formatPhone } from '../../../src/lib/format';
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
