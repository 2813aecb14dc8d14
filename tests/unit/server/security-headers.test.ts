import { describe, expect, it } from 'vitest';
import { isEmbed, isPrivatePath, securityHeaders } from '$lib/server/http/security-headers';
import { itMaps } from '../../helpers/table';

const u = (s: string) => new URL(s, 'http://localhost');

describe('security headers', () => {
	it('refuses framing by default, even when asked', () => {
		const h = securityHeaders(u('/territoire/04?embed=1'), {});
		expect(h['x-frame-options']).toBe('DENY');
		expect(h['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(isEmbed(u('/territoire/04?embed=1'), {})).toBe(false);
	});

	it.each([
		[{ MAILLAGE_EMBED: '1' }, 'frame-ancestors *'],
		[
			{ MAILLAGE_EMBED: '1', MAILLAGE_EMBED_ORIGINS: 'https://www.dignelesbains.fr' },
			'frame-ancestors https://www.dignelesbains.fr'
		]
	])('lets configured sites frame the map in embed mode (%o)', (env, csp) => {
		const h = securityHeaders(u('/territoire/04?embed=1'), env);
		expect(h['x-frame-options']).toBeUndefined();
		expect(h['content-security-policy']).toBe(csp);
		expect(securityHeaders(u('/territoire/04'), env)['x-frame-options']).toBe('DENY');
	});

	it('always sends nosniff and a referrer policy', () => {
		const h = securityHeaders(u('/'), {});
		expect(h['x-content-type-options']).toBe('nosniff');
		expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
	});
});

describe('pages no cache may keep', () => {
	itMaps('%s → %s', isPrivatePath, [
		['/planificateur', true],
		['/planificateur/import', true],
		['/planificateur/__data.json', true],
		['/%70lanificateur', true],
		['/PLANIFICATEUR/import', true],
		['/connexion', true],
		['/deconnexion', true],
		['/territoire/04', false],
		['/territoire/04/scenarios', true],
		['/territoire/04/scenarios/__data.json', true],
		['/territoire/200068625/scenarios/', true],
		['/territoire/04/scenarios/12', false],
		['/api/territoires/04', false],
		['/%E9', false]
	]);
});
