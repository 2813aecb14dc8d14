import { describe, expect, it } from 'vitest';
import {
	parseScenarioName,
	parseScenarioSave,
	scenarioContent,
	storedScenarioRequest
} from '../../../src/lib/params/saved-scenario';

describe('saved scenario parameters', () => {
	it.each([
		['', 'au moins 2 caractères'],
		['  a ', 'au moins 2 caractères'],
		[42, 'au moins 2 caractères'],
		['x'.repeat(121), 'au plus 120'],
		['COPIL\u0007', 'contrôle']
	])('refuses the name %j in French', (v, words) => {
		const p = parseScenarioName(v);
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toContain(words);
	});

	it('keeps a name once its spaces are tidied', () => {
		expect(parseScenarioName('  COPIL   2026 ')).toEqual({ ok: true, value: 'COPIL 2026' });
	});

	it('stores a request and reads it back to the same request', () => {
		const saved = parseScenarioSave({
			nom: 'COPIL',
			territoire: '04',
			retirer: [3, 1, 3],
			ajouter: [{ type: 'france-services', commune: '04143' }],
			seuil_km: 12,
			types: ['france-services', 'conseiller-numerique']
		});
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		const back = storedScenarioRequest('04', scenarioContent(saved.value.request));
		expect(back).toEqual({ ok: true, value: saved.value.request });
	});

	it('stores a bus’s stops with their days', () => {
		const saved = parseScenarioSave({
			nom: 'Bus',
			territoire: '04',
			ajouter: [
				{ type: 'mediation', commune: '04166', arrets: ['04166', '04143'], jours: [['lundi'], []] }
			]
		});
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		const back = storedScenarioRequest('04', scenarioContent(saved.value.request));
		expect(back).toEqual({ ok: true, value: saved.value.request });
		expect(back.ok && back.value.ajouter[0].jours).toEqual([['lundi'], []]);
	});

	it('refuses a bad body with the evaluation’s own words', () => {
		const p = parseScenarioSave({ nom: 'COPIL', territoire: '04', retirer: ['x'] });
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toContain('« retirer »');
	});
});
