import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { CommuneState } from '../../../src/lib/analysis/scenarios/evaluate';
import type { StopDay } from '../../../src/lib/catalog/stop-days';
import type { ScenarioFigures } from '../../../src/lib/analysis/scenarios/figures';
import { scenarioFooter, scenarioHtml } from '../../../src/lib/print/scenario-sheet';

const square = (x: number, y: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + 0.1, y],
			[x + 0.1, y + 0.1],
			[x, y + 0.1],
			[x, y]
		]
	]
});
const tally = (count: number, population: number) => ({ count, population });
const figures = (zb: number, pop: number, points: number): ScenarioFigures => ({
	communes: 2,
	population: 3000,
	fragile: tally(2, 3000),
	fragileCovered: tally(2 - zb, 3000 - pop),
	zonesBlanches: tally(zb, pop),
	helpPoints: points,
	epci: []
});
const state = (zoneBlanche: boolean, n: number): CommuneState => ({
	zoneBlanche,
	covered: !zoneBlanche,
	withinThreshold: n,
	servedByItinerant: false,
	nearestKm: zoneBlanche ? 14.2 : 3.1,
	nearestNom: null
});

const data = {
	shared: {
		scenario: {
			id: 7,
			jeton: '0123456789abcdef01234567',
			nom: 'COPIL <2026>',
			auteur: 'Planificatrice',
			cree_le: '2026-01-21T10:00:00Z',
			modifie_le: '2026-01-21T10:00:00Z'
		},
		territoire: { code: '04', nom: 'Alpes-de-Haute-Provence', niveau: 'departement' as const },
		regle: 'Aide à moins de 10 km.',
		retires: [{ id: 1, nom: 'ECE', type: 'Lieu de médiation', commune: 'Malijai' }],
		disparus: 2,
		ajoutes: [
			{
				nom: 'France services à Oraison',
				type: 'France services',
				lat: 43.9,
				lon: 5.9,
				commune: 'Oraison',
				arrets: []
			},
			{
				nom: 'Bus numérique (projet)',
				type: 'Lieu de médiation',
				lat: 43.8,
				lon: 6.1,
				commune: 'Riez',
				arrets: [
					{ code: '04166', nom: 'Riez', jours: ['lundi', 'jeudi'] as StopDay[] },
					{ code: '04143', nom: 'Oraison', jours: ['mardi'] as StopDay[] }
				]
			}
		],
		communes: [],
		result: {
			before: figures(1, 1000, 2),
			after: figures(0, 0, 2),
			changes: [
				{
					code: '04108',
					nom: 'Malijai',
					epci: null,
					population: 1000,
					fragile: true,
					before: state(true, 0),
					after: state(false, 1)
				}
			],
			addedIds: [-1],
			zonesBlanches: { before: ['04108'], after: [] }
		}
	},
	geometries: new Map([
		['04108', square(5.9, 43.9)],
		['04143', square(6.0, 43.9)]
	]),
	outlines: [],
	points: [{ id: 1, lon: 5.95, lat: 43.95, kind: 'mediation', itinerant: false }],
	kinds: ['mediation'],
	sources: [{ titre: 'IFN 2023', producteur: 'La MedNum', date: '24 août 2023' }],
	printedOn: new Date('2026-01-22T09:00:00Z'),
	url: 'https://maillage.example/territoire/04/scenarios/7'
};

describe('scenario print', () => {
	const html = scenarioHtml(data, '');

	it('is an A4 landscape document whose name is escaped', () => {
		expect(html).toContain('@page{size:A4 landscape');
		expect(html).toContain('COPIL &lt;2026&gt;');
		expect(html).not.toContain('COPIL <2026>');
	});

	it('draws both maps, the commune taken out of the zones blanches, the site and the place removed', () => {
		expect(html.match(/class="map"/g)).toHaveLength(2);
		expect(html).toContain('data-code="04108"');
		expect(html).toContain('fill="#a6dba0"');
		expect(html).toContain('<polygon');
	});

	it('prints the figures, the changed commune, the sources and the date', () => {
		expect(html).toMatch(/Zones blanches \(communes\)<\/th><td>1<\/td><td>0<\/td><td>−1</);
		expect(html).toContain('Malijai</th><td>1');
		// the same six rows as the page (scenarioFigureRows), the fragile without help among them
		expect(html.match(/<tr( class="changed")?><th>/g)!.length).toBeGreaterThanOrEqual(6);
		expect(html).toMatch(/… sans aide à portée<\/th><td>1\s000<\/td><td>0<\/td>/);
		expect(html).toContain('zone blanche · 14,2 km');
		expect(html).toContain('IFN 2023 (La MedNum, 24 août 2023)');
		expect(scenarioFooter(data)).toContain('Imprimé le 22 janvier 2026');
	});

	it('says how many removed places today’s data no longer holds, and agrees in number', () => {
		expect(html).toContain(
			'2 lieux retirés par ce scénario n’existent plus dans les données du jour'
		);
		expect(html).toMatch(/>1 zone blanche · 1\s000 habitants sans aide/);
		expect(html).toMatch(/>0 zone blanche · 0 habitant sans aide/);
		const none = scenarioHtml({ ...data, shared: { ...data.shared, disparus: 0 } }, '');
		expect(none).not.toContain('n’existent plus');
	});

	it('lists a bus’s stops with their days among the sites added', () => {
		expect(html).toContain('arrêts : Riez (lundi et jeudi) ; Oraison (mardi)');
	});
});
