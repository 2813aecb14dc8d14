import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './context';
import { HOSTILE_ID, PLANNER } from './global-setup';
import { raw } from './raw-http';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Seeded random malformed query strings for the API routes. */
function fuzzQueries(n: number): string[] {
	let seed = 1234;
	const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const values = [
		'NaN',
		'Infinity',
		'-Infinity',
		'1e309',
		'-1e309',
		'99999999999999999999',
		'0x1F',
		'',
		' ',
		'%00',
		'%',
		'%E9',
		"' OR 1=1 --",
		'"; DROP TABLE lieux; --',
		'<script>alert(1)</script>',
		'🙂',
		'é'.repeat(500),
		'x'.repeat(5000),
		'[]',
		'{}',
		'null',
		'undefined',
		'-0',
		'44,09',
		'1,2,3',
		'../../etc/passwd',
		'%2e%2e%2f',
		'\u202e',
		'maintenant',
		'france-services'
	];
	const names = [
		'lat',
		'lon',
		'limite',
		'services',
		'besoins',
		'publics',
		'ouvert',
		'gratuit',
		'samedi',
		'departement',
		'indicateur',
		'reference',
		'seuil_km',
		'types',
		'q',
		'lat[]',
		'lon[0]',
		'__proto__'
	];
	const paths = [
		'/api/lieux/proches',
		'/api/communes.csv',
		'/api/communes.geojson',
		'/api/territoires/04/couverture',
		'/api/communes/recherche',
		'/api/territoires/04'
	];
	return Array.from({ length: n }, () => {
		const parts = Array.from(
			{ length: 1 + Math.floor(rnd() * 5) },
			() =>
				`${encodeURIComponent(pick(names))}=${rnd() < 0.8 ? encodeURIComponent(pick(values)) : pick(values)}`
		);
		if (rnd() < 0.3)
			parts.push(`lat=${(rnd() * 400 - 200).toFixed(3)}`, `lon=${(rnd() * 400 - 200).toFixed(3)}`);
		return `${pick(paths)}?${parts.join('&')}`;
	});
}

describe('hostile input', () => {
	it('survives 1,200 malformed API queries: never a 5xx, JSON errors for bad input', async () => {
		const failures: string[] = [];
		const queries = fuzzQueries(1200);
		for (let i = 0; i < queries.length; i += 20) {
			await Promise.all(
				queries.slice(i, i + 20).map(async (q) => {
					let res: Response;
					try {
						res = await fetch(baseURL + q);
					} catch (err) {
						failures.push(`${q} → ${(err as Error).message}`);
						return;
					}
					const body = await res.text();
					if (res.status >= 500) failures.push(`${q} → ${res.status}`);
					else if (res.status >= 400) {
						try {
							const j = JSON.parse(body);
							if (typeof j.error !== 'string') failures.push(`${q} → no error message`);
						} catch {
							failures.push(`${q} → ${res.status} not JSON`);
						}
					}
				})
			);
		}
		expect(failures.slice(0, 10)).toEqual([]);
	});

	it('shows HTML in a help point name as text, in the list and on the detail page', async () => {
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			d.dismiss();
		});
		await page.goto(baseURL + '/trouver?commune=04070');
		await page.getByTestId('results').waitFor();
		const list = await page.getByTestId('results').innerText();
		expect(list).toContain('<img src=x onerror="window.__xss=1">Atelier <b>numérique</b>');
		await page.goto(`${baseURL}/lieu/${HOSTILE_ID}`);
		const detail = await page.locator('article').innerText();
		expect(detail).toContain('<img src=x onerror="window.__xss=1">Atelier <b>numérique</b>');
		expect(detail).toContain('<script>window.__xss=2</script> rue');
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
		).toBeUndefined();
		expect(await page.locator('article img, article b').count()).toBe(0);
		expect(dialogs).toEqual([]);
		await page.close();
	});
});

describe('hostile names on the map', () => {
	it('shows HTML in a help point name as text in the map popup', async () => {
		const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
		await page.goto(baseURL + '/territoire/04');
		const map = page.getByTestId('map');
		await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
		await map.evaluate(
			(el) =>
				new Promise<void>((resolve) => {
					const m = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
					m.once('idle', () => resolve());
					m.jumpTo({ center: [6.2362, 44.0931], zoom: 16 });
				})
		);
		const box = await map.boundingBox();
		if (!box) throw new Error('no map');
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const popup = page.locator('.maillage-popup');
		await popup.waitFor();
		expect(await popup.innerText()).toContain(
			'<img src=x onerror="window.__xss=1">Atelier <b>numérique</b>'
		);
		expect(await popup.locator('img, b').count()).toBe(0);
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
		).toBeUndefined();
		await page.close();
	});
});

describe('security headers', () => {
	it.each(['/territoire/04', '/trouver', `/lieu/${HOSTILE_ID}`])(
		'sends them on %s',
		async (path) => {
			const r = await fetch(baseURL + path);
			expect(r.status).toBe(200);
			const csp = r.headers.get('content-security-policy') ?? '';
			expect(csp).toMatch(/script-src 'self'( 'nonce-[^']+'| 'sha256-[^']+')*;/);
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(csp).toContain("frame-ancestors 'none'");
			expect(r.headers.get('x-content-type-options')).toBe('nosniff');
			expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(r.headers.get('x-frame-options')).toBe('DENY');
		}
	);

	it('keeps the map working under the policy (no CSP violation)', async () => {
		const page = await browser.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
		});
		await page.goto(baseURL + '/territoire/04');
		await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
		expect(violations).toEqual([]);
		await page.close();
	});
});

describe('sign-in abuse', () => {
	/** A sign-in form post, sent from a given loopback address (each is a different client). */
	const post = (from: string, email: string, password: string, suite = '') =>
		raw(baseURL, `/connexion${suite}`, {
			method: 'POST',
			from,
			headers: {
				origin: baseURL,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ email, password }).toString()
		});

	it("does not let a stranger's wrong passwords lock the planner out from her own address", async () => {
		const variants = [` ${PLANNER.email.toUpperCase()} `, PLANNER.email, `\t${PLANNER.email}`];
		const statuses: number[] = [];
		for (let i = 0; i < 8; i++)
			statuses.push((await post('127.0.0.2', variants[i % 3], `faux ${i}`)).status);
		expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429, 429]);
		// Locked for the stranger's address, with the right password too, saying for how long…
		const locked = await post('127.0.0.2', PLANNER.email, PLANNER.password);
		expect(locked.status).toBe(429);
		expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
		expect(locked.body).toMatch(/Réessayez dans 15 minutes/);
		// …but not for the planner's.
		const ok = await post('127.0.0.3', PLANNER.email, PLANNER.password);
		expect(ok.status).toBe(303);
		expect(String(ok.headers['set-cookie'])).toMatch(/maillage_session=/);
	}, 120_000);

	it('checks at most 5 of 50 simultaneous attempts from one address; the right password at 45 does not get in', async () => {
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				post('127.0.0.4', PLANNER.email, i === 44 ? PLANNER.password : `faux ${i}`)
			)
		);
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(5);
		expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(45);
		expect(statuses).not.toContain(303);
		expect(statuses[44]).toBe(429);
	}, 120_000);

	it.each(['multipart/form-data; boundary=xyz', 'multipart/form-data', 'text/plain'])(
		'answers an unreadable sign-in form (%s) with a 400, not a 500',
		async (type) => {
			const r = await raw(baseURL, '/connexion', {
				method: 'POST',
				from: '127.0.0.8',
				headers: { origin: baseURL, accept: 'text/html', 'content-type': type },
				body: '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\ncoupé'
			});
			expect(r.status).toBe(400);
			expect(r.body).toContain('Formulaire illisible');
		}
	);

	let cookie: string | undefined;
	it.each([
		'/..//evil.example/x',
		'/..%2F%2Fevil.example',
		'/%2e%2e//evil.example',
		'/\\evil.example',
		'/.\\/evil.example',
		'//evil.example',
		'https:evil.example'
	])(
		'sends a signed-in planner opening /connexion?suite=%s to this site only',
		async (suite) => {
			cookie ??= await post('127.0.0.5', PLANNER.email, PLANNER.password).then(
				(r) => String(r.headers['set-cookie']?.[0] ?? '').split(';')[0]
			);
			expect(cookie).toMatch(/^maillage_session=/);
			// The suite parameter is sent raw, as a crafted link would carry it.
			const r = await raw(baseURL, `/connexion?suite=${suite.replace(/\\/g, '%5C')}`, {
				headers: { cookie: cookie ?? '' },
				from: '127.0.0.5'
			});
			expect(r.status).toBe(303);
			const location = String(r.headers.location);
			expect(new URL(location, baseURL).origin).toBe(new URL(baseURL).origin);
			expect(location).toMatch(/^\/(?![/\\])/);
		},
		60_000
	);
});
