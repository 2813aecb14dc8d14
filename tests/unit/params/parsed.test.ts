import { describe, expect, it } from 'vitest';
import { all, flag, invalid, list, ok, oneOf, orDefault, text } from '$lib/params/parsed';

const q = (s: string) => new URLSearchParams(s);

describe('parameter parsing core', () => {
	it.each([
		['a=%20x%20', 'x'],
		['a=', ''],
		['b=1', null]
	])('reads the text of %s', (s, expected) => {
		expect(text(q(s), 'a')).toBe(expected);
	});

	it('reads the text fields of a form, not its files', () => {
		const form = new FormData();
		form.set('a', new File(['x'], 'x.png'));
		expect(text(form, 'a')).toBeNull();
		expect(list(form, 'a')).toEqual([]);
	});

	it.each([
		['a=x&a=y', ['x', 'y']],
		['a=x,%20y,,', ['x', 'y']],
		['a=', []],
		['', []]
	])('reads the list %s', (s, expected) => {
		expect(list(q(s), 'a')).toEqual(expected);
	});

	it.each([
		['a=1', true],
		['a=oui', true],
		['a=on', true],
		['a=true', true],
		['a=0', false],
		['a=non', false],
		['', false]
	])('reads the flag %s', (s, expected) => {
		expect(flag(q(s), 'a')).toBe(expected);
	});

	const COLOURS = ['rouge', 'vert'] as const;
	it.each([
		['', { ok: true, value: 'vert' }],
		['c=rouge', { ok: true, value: 'rouge' }],
		[
			'c=bleu',
			{ ok: false, error: 'Paramètre « c » invalide : « bleu ». Valeurs possibles : rouge, vert.' }
		]
	])('reads one value of a set from "%s"', (s, expected) => {
		expect(oneOf(q(s), 'c', COLOURS, 'vert')).toEqual(expected);
	});

	it('shows at most 30 characters of a refused value', () => {
		const p = oneOf(q(`c=${'x'.repeat(500)}`), 'c', COLOURS, 'vert');
		expect(!p.ok && p.error).toContain(`« ${'x'.repeat(30)} »`);
	});

	it('gathers fields, or answers the first error in field order', () => {
		expect(all({ a: ok(1), b: ok('x') })).toEqual({ ok: true, value: { a: 1, b: 'x' } });
		expect(all({ a: ok(1), b: invalid('b faux'), c: invalid('c faux') })).toEqual({
			ok: false,
			error: 'b faux'
		});
	});

	it('falls back to a default when a parameter does not parse', () => {
		expect(orDefault(ok(3), 10)).toBe(3);
		expect(orDefault(invalid('non'), 10)).toBe(10);
	});
});
