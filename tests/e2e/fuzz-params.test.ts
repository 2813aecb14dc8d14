import { describe, expect, inject, it } from 'vitest';
import { raw } from './raw-http';

const baseURL = inject('baseURL');

/** Values that have broken servers before: object property names, numbers JS reads oddly, bad encodings. */
const NASTY = [
	'constructor',
	'__proto__',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'prototype',
	'__defineGetter__',
	'isPrototypeOf',
	'propertyIsEnumerable',
	'toLocaleString',
	'length',
	'then',
	'NaN',
	'Infinity',
	'-1',
	'0',
	'1e309',
	'99999999999999999999',
	'0x10',
	'1.5',
	'-0',
	'null',
	'undefined',
	'2A',
	'2a',
	'%00',
	'%E9',
	'%C3%28',
	'%25',
	'%2e%2e',
	'%2F',
	'%5C',
	'%20',
	'%F0%9F%99%82',
	encodeURIComponent('<script>alert(1)</script>'),
	encodeURIComponent("' OR 1=1 --"),
	'x'.repeat(4000),
	'9'.repeat(400),
	'04/',
	'04//',
	'.',
	'..'
];

/** Every route with a path parameter, with a valid value for the other parameters. */
const pathProbes: ((v: string) => string)[] = [
	(v) => `/api/communes/${v}`,
	(v) => `/api/territoires/${v}`,
	(v) => `/api/territoires/${v}/carte`,
	(v) => `/api/territoires/${v}/couverture`,
	(v) => `/glyphs/${v}/0-255.pbf`,
	(v) => `/glyphs/DejaVu%20Sans/${v}`,
	(v) => `/glyphs/DejaVu%20Sans/${v}.pbf`,
	(v) => `/glyphs/DejaVu%20Sans/${v}-255.pbf`,
	(v) => `/lieu/${v}`,
	(v) => `/territoire/${v}`,
	(v) => `/territoire/${v}/communes`,
	(v) => `/api/territoires/04/${v}`,
	(v) => `/api/${v}`
];

/** Pages and cheap endpoints whose query parameters name things (SVG prints only: no Chromium). */
const queryProbes: ((v: string) => string)[] = [
	(v) => `/trouver?commune=${v}`,
	(v) => `/trouver?q=${v}&besoins=${v}&publics=${v}`,
	(v) => `/territoire/04?commune=${v}&indicateur=${v}&mode=${v}&reference=${v}`,
	(v) => `/territoire/04/communes?indicateur=${v}&seuil_km=${v}&types=${v}`,
	(v) => `/imprimer?territoire=${v}&theme=${v}&format=${v}`,
	(v) => `/imprimer/carte.svg?territoire=${v}`,
	(v) => `/imprimer/carte.svg?territoire=04&theme=${v}&format=${v}`,
	(v) => `/imprimer/affiche.svg?commune=${v}`,
	(v) => `/api/communes/recherche?q=${v}`,
	(v) => `/planificateur?departement=${v}`
];

async function failuresFor(paths: string[]): Promise<string[]> {
	const failures: string[] = [];
	for (let i = 0; i < paths.length; i += 8)
		await Promise.all(
			paths.slice(i, i + 8).map(async (path) => {
				const r = await raw(baseURL, path).catch((e: Error) => ({
					status: 0,
					headers: {},
					body: e.message
				}));
				const where = `${path.slice(0, 80)} → ${r.status}`;
				if (r.status === 0 || r.status >= 500) failures.push(`${where} ${r.body.slice(0, 120)}`);
				else if (path.startsWith('/api/') && r.status >= 400) {
					try {
						if (typeof JSON.parse(r.body).error !== 'string') failures.push(`${where} no message`);
					} catch {
						failures.push(`${where} not JSON`);
					}
				}
			})
		);
	return failures;
}

describe('route parameters named like object properties or broken encodings', () => {
	it(`answers ${pathProbes.length * NASTY.length} path parameters with 2xx, 3xx, 400 or 404, never a 5xx`, async () => {
		const paths = pathProbes.flatMap((route) => NASTY.map(route));
		expect(await failuresFor(paths)).toEqual([]);
	}, 240_000);

	it(`answers ${queryProbes.length * NASTY.length} query parameters without a 5xx`, async () => {
		const paths = queryProbes.flatMap((route) => NASTY.map(route));
		expect(await failuresFor(paths)).toEqual([]);
	}, 240_000);

	it('answers other methods than GET on the API with a JSON 405', async () => {
		const failures: string[] = [];
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
			for (const path of [
				'/api/territoires/04',
				'/api/lieux/proches?lat=44&lon=6',
				'/api/communes.csv?departement=04',
				'/api/communes/04070'
			]) {
				const r = await raw(baseURL, path, { method, headers: { origin: baseURL } });
				let message: unknown;
				try {
					message = JSON.parse(r.body).error;
				} catch {
					/* not JSON */
				}
				if (r.status !== 405 || typeof message !== 'string')
					failures.push(`${method} ${path} → ${r.status} ${r.body.slice(0, 60)}`);
			}
		expect(failures).toEqual([]);
	});

	it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
		'serves DejaVu Sans glyphs for the fontstack %s',
		async (name) => {
			const r = await fetch(`${baseURL}/glyphs/${name}/0-255.pbf`);
			expect(r.status).toBe(200);
			expect(r.headers.get('content-type')).toBe('application/x-protobuf');
		}
	);
});
