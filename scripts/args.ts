// Command-line options shared by the scripts.
export interface Args {
	/** Département codes to build or fetch; null for the whole country (the default). */
	departements: string[] | null;
	baseUrl?: string;
	out?: string;
	/** Replace a database that holds planner imports (they are lost). */
	force: boolean;
}

/**
 * Parse `--departements 04,03,40` (a quick build of a few départements; the whole country
 * otherwise, `--all` saying so explicitly), `--base-url URL`, `--out FILE`, `--force`.
 */
export function parseArgs(argv: string[]): Args {
	const args: Args = { departements: null, force: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--all') args.departements = null;
		else if (a === '--departements' || a === '-d')
			args.departements = (argv[++i] ?? '')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
		else if (a.startsWith('--departements='))
			args.departements = a
				.slice(15)
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
		else if (a === '--base-url') args.baseUrl = argv[++i];
		else if (a === '--out') args.out = argv[++i];
		else if (a === '--force') args.force = true;
		else {
			console.error(`Option inconnue : ${a}`);
			process.exit(2);
		}
	}
	return args;
}
