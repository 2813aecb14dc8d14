import { describe, expect, it } from 'vitest';
import { describeDistance, unplacedAfterPlaced } from '../../../src/lib/analysis/place-distance';

const base = {
	distanceM: 2040,
	approximate: false,
	code: '04039',
	commune: 'Castellane',
	searchedCommune: '04039',
	travel: '≈ 3 min en voiture'
};

describe('describeDistance', () => {
	it('a place in the searched commune reads as being there, not "À 2,0 km"', () => {
		expect(describeDistance({ ...base, distanceM: 154 })).toEqual({
			main: 'À Castellane',
			detail: null
		});
	});
	it('a place of the commune in a hamlet, 2 km or more away, says how far from the centre', () => {
		expect(describeDistance({ ...base, commune: 'Digne-les-Bains', distanceM: 4637 })).toEqual({
			main: 'À Digne-les-Bains',
			detail: 'à 4,6 km du centre'
		});
		expect(describeDistance({ ...base, distanceM: 1990 }).detail).toBeNull();
	});
	it('an approximate place in the searched commune says so, never "À 0 m"', () => {
		const d = describeDistance({ ...base, distanceM: 0, approximate: true });
		expect(d.main).toBe('À Castellane');
		expect(d.detail).toMatch(/adresse non placée/);
	});
	it('an approximate place elsewhere reads "environ" and names its commune', () => {
		const d = describeDistance({
			...base,
			code: '04173',
			commune: 'Saint-André-les-Alpes',
			distanceM: 18_300,
			approximate: true
		});
		expect(d.main).toBe('À environ 18 km');
		expect(d.detail).toMatch(/position approximative \(centre de Saint-André-les-Alpes\)/);
	});
	it('a place elsewhere reads its distance with the travel estimate', () => {
		expect(describeDistance({ ...base, code: '04173', distanceM: 1000 })).toEqual({
			main: 'À 1 km',
			detail: '≈ 3 min en voiture'
		});
	});
	it('from an address or a position, distances are measured, even in the same commune', () => {
		expect(describeDistance({ ...base, searchedCommune: null, distanceM: 350 }).main).toBe(
			'À 350 m'
		);
	});
});

describe('unplacedAfterPlaced', () => {
	// nearest first; `here`: in the searched commune
	const p = (id: string, here: boolean) => ({ id, here });
	const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
	it('puts the commune’s unplaced places after its last placed one, before the next ones', () => {
		const placed = [p('a', true), p('b', false), p('c', true), p('d', false)];
		const unplaced = [p('u1', true), p('u2', true)];
		expect(ids(unplacedAfterPlaced(placed, unplaced, (x) => x.here))).toEqual([
			'a',
			'b',
			'c',
			'u1',
			'u2',
			'd'
		]);
	});
	it('puts them first when the commune has no placed place among the nearest', () => {
		expect(ids(unplacedAfterPlaced([p('b', false)], [p('u', true)], (x) => x.here))).toEqual([
			'u',
			'b'
		]);
	});
});
