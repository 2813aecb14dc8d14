// What the end-to-end files share: one Chromium per file.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';

/**
 * One Chromium for the calling test file, launched before its tests and closed after them.
 * Call it at the top of the file; open pages and contexts inside tests or hooks.
 */
export function useBrowser(): Pick<Browser, 'newPage' | 'newContext'> {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	const launched = () => {
		if (!browser) throw new Error('Chromium is not launched yet: open pages in tests or hooks.');
		return browser;
	};
	return {
		newPage: (options) => launched().newPage(options),
		newContext: (options) => launched().newContext(options)
	};
}
