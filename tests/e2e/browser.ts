// Real Chromium (Debian's) through playwright-core; WebGL 2 works with SwiftShader.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PLANNER } from './global-setup';

import { CHROMIUM_ARGS } from '../../src/lib/server/print/print-browser';
export { CHROMIUM_ARGS };

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
}

/** Save a screenshot under tests/e2e/screenshots/ to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
	const dir = join(process.cwd(), 'tests', 'e2e', 'screenshots');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `${name}.png`);
	await page.screenshot({ path, fullPage: false });
	return path;
}

/** Collect requests that leave loopback: the maps must work with no external network. */
export function trackExternalRequests(page: Page): string[] {
	const external: string[] = [];
	page.on('request', (req) => {
		const u = new URL(req.url());
		if (
			!['127.0.0.1', 'localhost'].includes(u.hostname) &&
			!u.protocol.startsWith('data') &&
			!u.protocol.startsWith('blob')
		)
			external.push(req.url());
	});
	return external;
}

/**
 * Sign in as the test planner on the form `url` shows (`/connexion`, or a planner page that
 * sends a visitor there) and wait to land on `landing`.
 */
export async function signIn(page: Page, url: string, landing: RegExp): Promise<void> {
	await page.goto(url);
	await page.getByLabel('Adresse électronique').fill(PLANNER.email);
	await page.getByLabel('Mot de passe').fill(PLANNER.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	try {
		// the landing page may wait for the server's first summaries of a new data version
		await page.waitForURL(landing, { timeout: 90_000 });
	} catch (e) {
		const shown = await page
			.locator('body')
			.innerText()
			.catch(() => '');
		throw new Error(
			`sign-in did not reach ${landing}: at ${page.url()}, showing « ${shown.slice(0, 400)} »`,
			{ cause: e }
		);
	}
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the current page, as readable lines. */
export async function axe(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol, which the page's CSP does not block.
	await page.evaluate(AXE);
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const r = await window.axe.run(document, { resultTypes: ['violations'] });
		return r.violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`
		);
}
