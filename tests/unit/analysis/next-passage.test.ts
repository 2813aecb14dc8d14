import { describe, expect, it } from 'vitest';
import { describePassage, describeRule, nextPassage } from '../../../src/lib/analysis/next-passage';

describe('describeRule', () => {
	it.each([
		['Tu[2] 09:00-12:00', 'le 2e mardi du mois'],
		['Mo[1] 14:00-16:00', 'le 1er lundi du mois'],
		['Mo-Fr 09:00-12:00,14:00-17:00', 'du lundi au vendredi'],
		['We 09:00-12:00', 'chaque mercredi'],
		['Mo,Th 09:00-12:00', 'chaque lundi et jeudi'],
		['Mo,We,Fr 09:00-12:00', 'chaque lundi, mercredi et vendredi'],
		['Th[1,3] 14:00-17:00', 'les 1er et 3e jeudis du mois'],
		['Fr[-1] 09:00-12:00', 'le dernier vendredi du mois'],
		['Fr[-2] 09:00-12:00', 'l’avant-dernier vendredi du mois'],
		['Th[1,-1] 09:00-12:00', 'le 1er et le dernier jeudi du mois'],
		['Tu[2] 09:00-12:00; Th[4] 14:00-16:00', 'le 2e mardi du mois et le 4e jeudi du mois'],
		['Tu[2] 09:00-12:00; PH off', 'le 2e mardi du mois'],
		['Tu[2-4] 09:00-12:00', 'selon le calendrier'],
		['week 02-52/2 Tu 09:00-12:00', 'selon le calendrier'],
		['Dec 25 off', 'selon le calendrier'],
		['', 'selon le calendrier'],
		[null, 'selon le calendrier']
	])('%s → %s', (horaires, expected) => {
		expect(describeRule(horaires)).toBe(expected);
	});
});

// Paris is UTC+1 in winter, UTC+2 in summer
describe('nextPassage', () => {
	it.each([
		['later in the month', 'Tu[2] 09:00-12:00', '2025-11-20T09:00Z', '2025-12-09T08:00Z'],
		['earlier in the month', 'Tu[2] 09:00-12:00', '2025-12-01T09:00Z', '2025-12-09T08:00Z'],
		['under way', 'Tu[2] 09:00-12:00', '2025-12-09T10:00Z', '2025-12-09T08:00Z'],
		['just over', 'Tu[2] 09:00-12:00', '2025-12-09T11:00Z', '2026-01-13T08:00Z'],
		['last Friday', 'Fr[-1] 09:00-12:00', '2025-11-03T09:00Z', '2025-11-28T08:00Z'],
		['1st and 3rd Thursday', 'Th[1,3] 14:00-17:00', '2025-11-07T09:00Z', '2025-11-20T13:00Z'],
		['summer time', 'We 09:00-12:00', '2025-07-01T09:00Z', '2025-07-02T07:00Z'],
		['holiday skipped', 'Tu 09:00-12:00; PH off', '2025-11-10T09:00Z', '2025-11-18T08:00Z']
	])('%s', (_what, horaires, now, start) => {
		const p = nextPassage(horaires, new Date(now));
		expect(p?.start).toEqual(new Date(start));
		expect(p!.end.getTime() - p!.start.getTime()).toBe(3 * 3600_000);
	});

	it.each([
		['missing', null],
		['unreadable', 'le bus passe parfois'],
		['never', 'off']
	])('null when %s', (_what, horaires) => {
		expect(nextPassage(horaires, new Date('2025-11-20T09:00Z'))).toBeNull();
	});

	it('respects the validity of the schedule', () => {
		const now = new Date('2025-11-20T09:00Z');
		expect(nextPassage('Tu[2] 09:00-12:00', now, {}, { au: '2025-11-30' })).toBeNull();
		expect(nextPassage('Tu[2] 09:00-12:00', now, {}, { au: '2025-12-09' })?.start).toEqual(
			new Date('2025-12-09T08:00Z')
		);
		expect(nextPassage('Tu[2] 09:00-12:00', now, {}, { du: '2026-01-01' })?.start).toEqual(
			new Date('2026-01-13T08:00Z')
		);
	});
});

describe('describePassage', () => {
	const colmars = { commune: 'Colmars', horaires: 'Tu[2] 09:00-12:00' };
	it.each([
		[
			'the example of the issue',
			colmars,
			'2025-11-20T09:00Z',
			'Le bus France services passe à Colmars le 2e mardi du mois, prochain passage mardi 9 décembre, 9 h–12 h'
		],
		[
			'tomorrow',
			colmars,
			'2025-12-08T09:00Z',
			'Le bus France services passe à Colmars le 2e mardi du mois, prochain passage demain, 9 h–12 h'
		],
		[
			'today, two ranges, "Les"',
			{ commune: 'Les Mées', horaires: 'Mo-Fr 09:00-12:00,14:00-16:30', sujet: 'La conseillère' },
			'2025-11-10T06:00Z',
			'La conseillère passe aux Mées du lundi au vendredi, prochain passage aujourd’hui, 9 h–12 h et 14 h–16 h 30'
		],
		[
			'"Le", first of the month',
			{ commune: 'Le Chaffaut-Saint-Jurson', horaires: 'Mo[1] 14:00-16:00' },
			'2025-11-20T09:00Z',
			'Le bus France services passe au Chaffaut-Saint-Jurson le 1er lundi du mois, prochain passage lundi 1er décembre, 14 h–16 h'
		],
		[
			'unusual rule',
			{ commune: 'Allos', horaires: 'week 01-53/2 Tu 09:00-12:00' }, // odd ISO weeks: 2 December is week 49
			'2025-11-20T09:00Z',
			'Le bus France services passe à Allos selon le calendrier, prochain passage mardi 2 décembre, 9 h–12 h'
		],
		[
			'no schedule',
			{ commune: 'Allos', horaires: null },
			'2025-11-20T09:00Z',
			'Le bus France services passe à Allos, jours de passage non renseignés'
		],
		[
			'ended',
			{ ...colmars, validity: { au: '2025-11-30' } },
			'2025-11-20T09:00Z',
			'Le bus France services passe à Colmars le 2e mardi du mois, aucun passage prévu'
		]
	])('%s', (_what, stop, now, expected) => {
		expect(describePassage(stop, new Date(now))).toBe(expected);
	});
});
