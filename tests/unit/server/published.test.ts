import { describe, expect, it } from 'vitest';
import { createDatabase } from '$lib/server/db/connection';
import { shownIndicator, shownIndicators } from '$lib/server/db/published';
import { writeIndicators, writePublishedIndicators, writeSources } from '$lib/server/db/write';
import { SOURCES } from '$lib/import/sources';

/** An EPCI with a computed IFN mean, a published IFN and illectronisme (a rate, not a mean). */
function database() {
	const db = createDatabase();
	writeSources(db, SOURCES);
	const computed = { niveau: 'epci', code: '200068625', source: 'ifn-2023', millesime: '2023' };
	writeIndicators(db, [
		{ ...computed, indicateur: 'ifn', valeur: 7.647, methode: 'moyenne_ponderee' },
		{ ...computed, indicateur: 'ifn_4g', valeur: 9.5, methode: 'moyenne_ponderee' },
		{ ...computed, indicateur: 'illectronisme', valeur: 22, methode: 'source' }
	]);
	writePublishedIndicators(db, [
		{ ...computed, indicateur: 'ifn', valeur: 7.652, source: 'ifn-epci-2023' }
	]);
	return db;
}

describe('shownIndicators: the values the pages show for a territory', () => {
	it('gives the published value with the computed mean beside it', () => {
		expect(shownIndicator(database(), 'epci', '200068625', 'ifn')).toEqual({
			valeur: 7.652,
			origine: 'publiee',
			publiee: { valeur: 7.652, source: 'ifn-epci-2023' },
			calculee: { valeur: 7.647, methode: 'moyenne_ponderee' }
		});
	});

	it('falls back to the computed mean, marked, where nothing is published', () => {
		const db = database();
		expect(shownIndicator(db, 'epci', '200068625', 'ifn_4g')).toMatchObject({
			valeur: 9.5,
			origine: 'calculee',
			publiee: null
		});
		// a database built before the published values existed has none at all
		db.exec('DELETE FROM indicateurs_publies');
		expect(shownIndicator(db, 'epci', '200068625', 'ifn').origine).toBe('calculee');
	});

	it('leaves out rates that are neither published per territory nor computed', () => {
		expect(Object.keys(shownIndicators(database(), 'epci', '200068625')).sort()).toEqual([
			'ifn',
			'ifn_4g'
		]);
		expect(shownIndicator(database(), 'epci', '999999999', 'ifn')).toEqual({
			valeur: null,
			origine: null,
			publiee: null,
			calculee: null
		});
	});
});
