// `npm run user:add -- <email> [--nom "Nom"]`: create a planner account (or reset its password,
// which signs out every session of the account).
// The password is read from $MAILLAGE_PASSWORD or typed (hidden) on the terminal.
import { createInterface } from 'node:readline';
import { normaliseEmail, setPassword } from '../src/lib/server/auth/session';
import { openAccounts } from '../src/lib/server/db/accounts';

const [rawEmail, ...rest] = process.argv.slice(2);
const email = normaliseEmail(rawEmail ?? '');
const nomIndex = rest.indexOf('--nom');
const nom = nomIndex >= 0 ? (rest[nomIndex + 1] ?? '') : '';
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
	console.error('Usage : npm run user:add -- prenom.nom@exemple.fr [--nom "Prénom Nom"]');
	process.exit(2);
}

async function askPassword(): Promise<string> {
	if (process.env.MAILLAGE_PASSWORD) return process.env.MAILLAGE_PASSWORD;
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
	const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
	const answer = await new Promise<string>((resolve) => {
		rl.question('Mot de passe (12 caractères au moins) : ', resolve);
		out._writeToOutput = () => {};
	});
	rl.close();
	process.stdout.write('\n');
	return answer;
}

const password = await askPassword();
if (password.length < 12) {
	console.error('Mot de passe trop court : 12 caractères au moins.');
	process.exit(2);
}
const db = openAccounts();
if ((await setPassword(db, email, password, nom)) === 'updated')
	console.log(`Mot de passe de ${email} changé ; ses sessions ouvertes sont fermées.`);
else console.log(`Compte planificateur créé : ${email}`);
db.close();
