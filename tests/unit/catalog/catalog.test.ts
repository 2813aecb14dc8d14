import { describe, expect, it } from 'vitest';
import { HELP_KINDS, KIND_INFO, isHelpKind, kindInfo } from '$lib/catalog/kinds';
import { endingWindow } from '$lib/catalog/place-status';
import { IFN_INDICATORS, INDICATOR_INFO, INDICATOR_KEYS } from '$lib/catalog/indicators';
import { REFERENCE_INFO, REFERENCE_KEYS } from '$lib/catalog/references';
import { divergingClasses, formatIndicator, sequentialClasses } from '$lib/catalog/scales';
import { SOURCES } from '$lib/import/sources';
import { SOURCE_PRIORITY } from '$lib/import/dedup';
import { IFN_COLUMNS } from '$lib/import/ifn';
import { kindFromSchemaRow } from '$lib/import/national-schema';
import { THEMES, THEME_INFO } from '$lib/print/themes';

const sourceKeys = SOURCES.map((s) => s.key);
const distinct = (values: unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size;
const kinds = HELP_KINDS.map((k) => KIND_INFO[k]);
const indicators = INDICATOR_KEYS.map((k) => INDICATOR_INFO[k]);

describe('kinds of help', () => {
	it('lists every kind once, in rank order 1, 2, 3…', () => {
		expect([...HELP_KINDS].sort()).toEqual(Object.keys(KIND_INFO).sort());
		expect(kinds.map((k) => k.rank)).toEqual(HELP_KINDS.map((_, i) => i + 1));
	});

	it.each([
		['label', kinds.map((k) => k.label)],
		['plural', kinds.map((k) => k.plural)],
		['colour', kinds.map((k) => k.colour.toLowerCase())],
		['shape', kinds.map((k) => k.shape)]
	])('gives each kind its own %s', (_, values) => {
		expect(distinct(values)).toBe(HELP_KINDS.length);
		for (const v of values) expect(v).not.toBe('');
	});

	it('writes colours as #rrggbb and shapes as closed paths in the 20×20 box', () => {
		for (const k of kinds) {
			expect(k.colour).toMatch(/^#[0-9a-f]{6}$/i);
			expect(k.shape).toMatch(/^M[\d.\sA-Z]+Z$/);
			const numbers = k.shape.match(/\d+(\.\d+)?/g)!.map(Number);
			for (const n of numbers) expect(n).toBeLessThanOrEqual(20);
		}
	});

	it('names sources that exist, and together the sources of the help points', () => {
		const all = kinds.flatMap((k) => k.sources);
		for (const s of all) expect(sourceKeys).toContain(s);
		expect(distinct(all)).toBe(all.length);
		expect([...all].sort()).toEqual([...SOURCE_PRIORITY].sort());
	});

	it('gives each kind but médiation one schema code of its own, read back as that kind', () => {
		const codes = HELP_KINDS.filter((k) => k !== 'mediation').map((k) => KIND_INFO[k].schema);
		for (const c of codes) expect(Object.values(c).filter(Boolean)).toHaveLength(1);
		expect(distinct(codes)).toBe(codes.length);
		for (const k of HELP_KINDS) {
			const { programme, typologie } = KIND_INFO[k].schema;
			const row = { dispositif_programmes_nationaux: programme ?? '', typologie: typologie ?? '' };
			expect(kindFromSchemaRow(row)).toBe(k);
		}
	});

	it('draws every kind with a positive order', () => {
		for (const k of kinds) expect(k.drawOrder).toBeGreaterThan(0);
	});

	it('tells kind codes from other strings', () => {
		for (const k of HELP_KINDS) expect(kindInfo(k)).toBe(KIND_INFO[k]);
		expect(isHelpKind('toString')).toBe(false);
		expect(kindInfo('constructor')).toBeUndefined();
		expect(kindInfo('')).toBeUndefined();
	});
});

describe('indicators', () => {
	it('gives each indicator its own label and sources that exist', () => {
		expect(distinct(indicators.map((i) => i.label))).toBe(INDICATOR_KEYS.length);
		for (const i of indicators) {
			expect(i.sources.length).toBeGreaterThan(0);
			for (const s of i.sources) expect(sourceKeys).toContain(s);
		}
	});

	it('reads each IFN indicator from its own column of the IFN files', () => {
		const scores = IFN_INDICATORS.map(([, score]) => score);
		expect(distinct(scores)).toBe(scores.length);
		expect([...scores].sort()).toEqual(Object.keys(IFN_COLUMNS).sort());
		expect(IFN_INDICATORS.map(([k]) => k)).toEqual(
			INDICATOR_KEYS.filter((k) => INDICATOR_INFO[k].ifnScore)
		);
	});

	it.each(INDICATOR_KEYS)('%s: 7 classes of values and of gaps, breaks rising', (k) => {
		for (const c of [sequentialClasses(k), divergingClasses(k)]) {
			expect(c.breaks).toHaveLength(6);
			expect(c.colors).toHaveLength(7);
			expect(c.labels).toHaveLength(7);
			expect(c.breaks).toEqual([...c.breaks].sort((a, b) => a - b));
			expect(distinct(c.breaks)).toBe(6);
		}
		const gaps = divergingClasses(k).breaks;
		expect(gaps.map((b) => -b).reverse()).toEqual(gaps);
		const [min, max] = INDICATOR_INFO[k].scale.digits;
		expect(min).toBeLessThanOrEqual(max);
		expect(formatIndicator(k, 1)).not.toBe('pas de donnée');
	});
});

describe('references and print themes', () => {
	it('names each reference average its own way on every screen', () => {
		for (const field of ['choice', 'average', 'adjective'] as const)
			expect(distinct(REFERENCE_KEYS.map((r) => REFERENCE_INFO[r][field]))).toBe(
				REFERENCE_KEYS.length
			);
	});

	it('cites, for each print theme, sources that exist', () => {
		for (const t of THEMES) for (const s of THEME_INFO[t].sources) expect(sourceKeys).toContain(s);
		expect(THEME_INFO.ifn.title).toBe(INDICATOR_INFO.ifn.label);
		expect(THEME_INFO.illectronisme.title).toBe(INDICATOR_INFO.illectronisme.label);
	});
});

describe('endingWindow', () => {
	it('runs from today to the same day a year later, inside 12 months after a 29 February', () => {
		expect(endingWindow('2026-11-30')).toEqual({ from: '2026-11-30', to: '2027-11-30' });
		expect(endingWindow('2028-02-29')).toEqual({ from: '2028-02-29', to: '2029-02-28' });
		expect(endingWindow('2026-12-31')).toEqual({ from: '2026-12-31', to: '2027-12-31' });
	});
});
