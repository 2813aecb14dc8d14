// Real Chromium (Debian's) through playwright-core; WebGL 2 works with SwiftShader.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

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
