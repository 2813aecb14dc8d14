import { describe, expect, it } from 'vitest';
import {
	configuredPublicUrl,
	isLocalOnly,
	publicUrl
} from '../../../src/lib/server/http/public-url';
import { serverEnv } from '../../../scripts/serve.js';
import { itMaps } from '../../helpers/table';

describe('public URL', () => {
	it('prefers MAILLAGE_URL, then the request origin, then localhost:PORT', () => {
		expect(configuredPublicUrl({ MAILLAGE_URL: 'https://carte.exemple.fr/' })).toBe(
			'https://carte.exemple.fr'
		);
		expect(publicUrl('http://localhost:3000', { MAILLAGE_URL: 'https://carte.exemple.fr' })).toBe(
			'https://carte.exemple.fr'
		);
		expect(publicUrl('http://127.0.0.1:4000/', {})).toBe('http://127.0.0.1:4000');
		expect(publicUrl(undefined, { PORT: '8080' })).toBe('http://localhost:8080');
		expect(publicUrl(undefined, { MAILLAGE_PUBLIC_URL: 'https://old.exemple.fr' })).toBe(
			'https://old.exemple.fr'
		);
	});

	itMaps('%s is local only: %s', isLocalOnly, [
		['http://localhost:3000', true],
		['http://127.0.0.1:3000', true],
		['http://192.168.1.20:3000', true],
		['http://10.0.0.5', true],
		['http://172.20.1.1', true],
		['http://[::1]:3000', true],
		['http://maillage.local', true],
		['http://intranet:3000', true],
		['https://maillage.exemple.fr', false],
		['http://172.32.0.1', false],
		['https://8.8.8.8', false]
	]);
});

describe('server environment of npm start', () => {
	it('serves plain http on any host by default, with room for uploads', () => {
		expect(serverEnv({})).toEqual({ BODY_SIZE_LIMIT: '21M', PROTOCOL_HEADER: 'x-maillage-proto' });
	});
	it('takes its origin from MAILLAGE_URL behind a TLS proxy', () => {
		expect(serverEnv({ MAILLAGE_URL: 'https://carte.exemple.fr/' })).toEqual({
			BODY_SIZE_LIMIT: '21M',
			ORIGIN: 'https://carte.exemple.fr'
		});
	});
	it('refuses a malformed MAILLAGE_URL before serving', () => {
		expect(() => serverEnv({ MAILLAGE_URL: 'carte exemple' })).toThrow();
	});
});
