// Command-line options shared by the scripts.
export interface Args {
	departements: string[];
	all: boolean;
	baseUrl?: string;
	out?: string;
	/** Replace a database that holds planner imports (they are lost). */
	force: boolean;
}

export const DEFAULT_DEPARTEMENTS = ['04', '03', '40'];

/** Parse `--departements 04,03,40`, `--all`, `--base-url URL`, `--out FILE`. */
export function parseArgs(argv: string[]): Args {
	const args: Args = { departements: DEFAULT_DEPARTEMENTS, all: false, force: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--all') args.all = true;
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
