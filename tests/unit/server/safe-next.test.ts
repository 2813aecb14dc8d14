import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT, safeNext } from '$lib/server/auth/safe-next';

const SITE = 'https://maillage.exemple.fr';

describe('destination after signing in', () => {
	it.each([
		['/planificateur/import', '/planificateur/import'],
		['/planificateur?departement=03', '/planificateur?departement=03'],
		['/territoire/04?indicateur=ifn_4g', '/territoire/04?indicateur=ifn_4g'],
		['/planificateur/../territoire/04', '/territoire/04'],
		['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
		['/%5C%5Cevil.example', '/%5C%5Cevil.example'],
		['/ /evil.example', '/%20/evil.example'],
		['/\u0000/evil.example', '/%00/evil.example'],
		['/%0A/evil.example', '/%0A/evil.example'],
		[`${SITE}/planificateur`, DEFAULT_NEXT]
	])('keeps the same-site path %j → %j', (next, expected) => {
		expect(safeNext(next, SITE)).toBe(expected);
	});

	it.each([
		null,
		'',
		'planificateur',
		'https://evil.example',
		'https:evil.example',
		'https:/evil.example',
		'http://maillage.exemple.fr.evil.example/',
		'//evil.example',
		'///evil.example',
		'////evil.example/x',
		'/\\evil.example',
		'/\\/evil.example',
		'\\\\evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/..//evil.example',
		'/..//evil.example/x',
		'/../..//evil.example',
		'/./\\evil.example',
		'/.\\/evil.example',
		'/%2e%2e//evil.example',
		'/.%2e//evil.example',
		'/planificateur/../..//evil.example',
		'/..\\\\evil.example',
		'/\\\\evil.example',
		'javascript:alert(1)'
	])('refuses %j', (next) => {
		const got = safeNext(next, SITE);
		// Whatever comes back, as a Location header it stays on this site.
		expect(new URL(got, SITE).origin).toBe(SITE);
		expect(got).toMatch(/^\/(?![/\\])/);
		expect(got).toBe(DEFAULT_NEXT);
	});

	it('refuses a destination longer than 2,000 characters', () => {
		expect(safeNext('/' + 'a'.repeat(3000), SITE)).toBe(DEFAULT_NEXT);
	});

	it('never leaves the site for generated tricky paths', () => {
		const parts = ['/', '\\', '.', '..', '%2F', '%5C', '%2e', '\t', '\n', 'evil.example', '@', ':'];
		let seed = 7;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let i = 0; i < 5000; i++) {
			let next = '/';
			for (let k = 0; k < 1 + Math.floor(rnd() * 6); k++)
				next += parts[Math.floor(rnd() * parts.length)];
			const got = safeNext(next, SITE);
			expect(new URL(got, SITE).origin, next).toBe(SITE);
			expect(got, next).toMatch(/^\/(?![/\\])/);
		}
	});
});
