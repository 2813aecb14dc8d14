import { describe, expect, it } from 'vitest';
import { safeNext } from '$lib/server/safe-next';

describe('destination after signing in', () => {
	it.each([
		['/planificateur/import', '/planificateur/import'],
		['/planificateur?departement=03', '/planificateur?departement=03'],
		[null, '/planificateur'],
		['https://evil.example', '/planificateur'],
		['//evil.example', '/planificateur'],
		['/\\evil.example', '/planificateur'],
		['/\t/evil.example', '/planificateur'],
		['javascript:alert(1)', '/planificateur']
	])('%s → %s', (next, expected) => {
		expect(safeNext(next)).toBe(expected);
	});
});
