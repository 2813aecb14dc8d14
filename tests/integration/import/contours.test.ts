import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCog } from '../../../src/lib/import/cog';
import {
	communeShapes,
	contoursFileFor,
	epciOutlines,
	mergeCommuneShapes,
	type Feature2018
} from '../../../src/lib/import/contours';
import { realCogInput } from '../../helpers/cog';
import { opendataPath } from '../../helpers/opendata';

describe('contours on the real data', () => {
	const DIR = opendataPath('contours');
	const cog = buildCog(realCogInput());
	const names = readdirSync(DIR);
	const read = (dep: string): Feature2018[] =>
		JSON.parse(readFileSync(resolve(DIR, contoursFileFor(dep, names)!), 'utf8')).features;
	const count = (shapes: { geomStatus: string }[]) => {
		const c: Record<string, number> = {};
		for (const s of shapes) c[s.geomStatus] = (c[s.geomStatus] ?? 0) + 1;
		return c;
	};

	it.each([
		['04', { exact: 198 }],
		['03', { exact: 317 }],
		['40', { exact: 326, union: 1 }]
	])('%s: every commune has a shape %j', (dep, expected) => {
		const list = cog.communes.filter((c) => c.departement === dep);
		const { shapes, missing } = communeShapes(list, read(dep));
		expect(missing).toEqual([]);
		expect(count(shapes)).toEqual(expected);
	});

	it('04 fits the browser budget and its inner EPCIs dissolve to one polygon', () => {
		const list = cog.communes.filter((c) => c.departement === '04');
		const merged = mergeCommuneShapes(list, read('04')).shapes;
		const { shapes } = communeShapes(list, read('04'));
		const fc = shapes.map((s) => ({
			type: 'Feature',
			id: s.code,
			properties: { code: s.code, geomStatus: s.geomStatus },
			geometry: s.geometry
		}));
		const gz = gzipSync(JSON.stringify({ type: 'FeatureCollection', features: fc })).length;
		expect(shapes).toHaveLength(198);
		expect(gz).toBeLessThan(150_000);
		const inner = cog.epcis.filter((e) => e.departements.join() === '04');
		expect(inner.length).toBeGreaterThan(3);
		for (const o of epciOutlines(inner, merged)) expect(o.geometry.type).toBe('Polygon');
	});

	it(
		'national counts: 7 re-created communes and their 3 parents are fallbacks',
		{ timeout: 60_000 },
		() => {
			const feats = cog.departements.flatMap((d) => read(d.code));
			const { shapes, missing } = mergeCommuneShapes(cog.communes, feats);
			expect(missing).toEqual([]);
			expect(count(shapes)).toEqual({ exact: 34545, union: 320, fallback: 10 });
		}
	);
});
