import { describe, expect, it } from 'vitest';
import { parseScenarioRequest } from '../../../src/lib/params/scenario';

const bus = (extra: Record<string, unknown>) => ({
	territoire: '04',
	ajouter: [{ type: 'mediation', commune: '04166', arrets: ['04166', '04143'], ...extra }]
});

describe('scenario request: the days of a bus’s stops', () => {
	it('reads one list of days per stop, in week order, each once', () => {
		const p = parseScenarioRequest(bus({ jours: [['jeudi', 'Lundi', 'jeudi'], ['mardi']] }));
		expect(p.ok).toBe(true);
		if (p.ok) expect(p.value.ajouter[0].jours).toEqual([['lundi', 'jeudi'], ['mardi']]);
	});

	it('leaves the days empty when they are not given', () => {
		const p = parseScenarioRequest(bus({}));
		expect(p.ok && p.value.ajouter[0].jours).toEqual([[], []]);
		const fixed = parseScenarioRequest({
			territoire: '04',
			ajouter: [{ type: 'france-services', commune: '04143' }]
		});
		expect(fixed.ok && fixed.value.ajouter[0].jours).toEqual([]);
	});

	it.each([
		[{ jours: [['lundi']] }, '« ajouter[0].jours »', '2 arrêt(s)'],
		[{ jours: 'lundi' }, '« ajouter[0].jours »', 'une liste de jours par arrêt'],
		[{ jours: [['lundi'], ['dimanch']] }, '« ajouter[0].jours[1] »', '« dimanch »'],
		[{ jours: [['lundi'], 'mardi'] }, '« ajouter[0].jours[1] »', 'lundi, mardi'],
		[{ jours: [['lundi'], [3]] }, '« ajouter[0].jours[1] »', '« 3 »'],
		[{ arrets: [], jours: [['lundi']] }, '« ajouter[0].jours »', 'arrêts d’un bus']
	])('refuses %j in French, naming the field', (extra, field, words) => {
		const p = parseScenarioRequest(bus(extra));
		expect(p.ok).toBe(false);
		if (!p.ok) {
			expect(p.error).toContain(field);
			expect(p.error).toContain(words);
		}
	});
});
