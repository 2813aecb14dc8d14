import { describe, expect, it } from 'vitest';
import { communeLabelsSpec, minPopulationAt } from '$lib/map/layers/commune-labels';
import { LAYER_ORDER } from '$lib/map/zorder';
import { formatIndicator } from '$lib/catalog/scales';
import type { IndicatorKey } from '$lib/catalog/indicators';
import { plural } from '$lib/labels';

describe('commune names on the maps', () => {
	it('are placed before the markers (the top layer is placed first), so markers never hide them', () => {
		const labels = LAYER_ORDER.indexOf('commune-labels');
		expect(labels).toBeGreaterThan(LAYER_ORDER.indexOf('help-points'));
		expect(labels).toBeGreaterThan(LAYER_ORDER.indexOf('tour-stops'));
	});

	it.each([
		[7.3, 5000], // first view on a phone: the six towns of more than 5 000 inhabitants
		[8.7, 1500], // first view on a wide screen
		[9.5, 300],
		[10, 0]
	])('at zoom %s name communes of at least %i inhabitants', (zoom, min) => {
		expect(minPopulationAt(zoom)).toBe(min);
	});

	it('have no minimum zoom and let the most populous win a collision', () => {
		const spec = communeLabelsSpec('src');
		expect(spec.minzoom).toBeUndefined();
		expect(spec.layout?.['symbol-sort-key']).toEqual([
			'-',
			0,
			['to-number', ['get', 'population'], 0]
		]);
	});
});

describe('one format per indicator', () => {
	it.each<[IndicatorKey, number | null, string]>([
		['illectronisme', 17.818965, '17,8 %'],
		['illectronisme', 22, '22 %'],
		['ifn', 6.7129, '6,71'],
		['ifn_4g', 5, '5,00'],
		['illectronisme', null, 'pas de donnée']
	])('%s %s → %s', (indicator, value, expected) => {
		expect(formatIndicator(indicator, value)).toBe(expected);
	});
});

describe('plural', () => {
	it.each([
		[0, 'zone blanche'],
		[1, 'zone blanche'],
		[2, 'zones blanches'],
		[154, 'zones blanches']
	])('%i %s', (n, expected) => {
		expect(plural(n, 'zone blanche', 'zones blanches')).toBe(expected);
	});
	it('adds an s by default', () => expect(plural(3, 'commune')).toBe('communes'));
});
