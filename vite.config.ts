import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				// pure and fast: fixtures and small temporary databases, no open data
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				// the real open data (tests/helpers/opendata.ts) and databases built from it
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					// whole national files: seconds each alone, more on a shared machine
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 240_000,
					// a real browser and server on a shared machine: what the page shows may take
					// seconds to arrive; speed is measured by the bench, not here
					expect: { poll: { timeout: 5_000 } },
					pool: 'forks',
					poolOptions: { forks: { singleFork: true } }
				}
			}
		]
	}
});
