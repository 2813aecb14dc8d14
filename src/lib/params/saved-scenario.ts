/**
 * A scenario to save: its name, then the very body `POST /api/scenarios/evaluer` takes, read by
 * the same parser; and the stored content back into that body, so a saved scenario is evaluated
 * exactly as the editor's.
 */
import { coverageQuery } from './coverage';
import { invalid, ok, type Parsed } from './parsed';
import { parseScenarioRequest, type ScenarioRequest } from './scenario';

export const NAME_MAX = 120;

/** A saved scenario's id in an address (`/scenarios/12`), or null when it cannot be one. */
/** The read-only page of a saved scenario, and its print. */
export const scenarioLink = (territoire: string, jeton: string) =>
	`/territoire/${territoire}/scenarios/${jeton}`;
export const scenarioPdfLink = (jeton: string) => `/imprimer/scenario.pdf?lien=${jeton}`;

/** A read-only link's token (24 hexadecimal digits), or null. */
export function parseScenarioToken(raw: string): string | null {
	const t = raw.toLowerCase();
	return /^[0-9a-f]{24}$/.test(t) ? t : null;
}

export function parseScenarioId(raw: string): number | null {
	return /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

/** A scenario's name: 2 to 120 printable characters once trimmed. */
export function parseScenarioName(v: unknown): Parsed<string> {
	const nom = typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
	if (nom.length < 2)
		return invalid('Champ « nom » invalide : donnez un nom au scénario (au moins 2 caractères).');
	if (nom.length > NAME_MAX)
		return invalid(`Champ « nom » invalide : au plus ${NAME_MAX} caractères.`);
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(nom))
		return invalid('Champ « nom » invalide : caractères de contrôle refusés.');
	return ok(nom);
}

/** The body of a rename: `{ nom }`. */
export function parseScenarioRename(body: unknown): Parsed<string> {
	return parseScenarioName(
		typeof body === 'object' && body !== null ? (body as { nom?: unknown }).nom : undefined
	);
}

/** The body of a save: `{ nom, territoire, retirer, ajouter, seuil_km?, types? }`. */
export function parseScenarioSave(
	body: unknown
): Parsed<{ nom: string; request: ScenarioRequest }> {
	const nom = parseScenarioRename(body);
	if (!nom.ok) return nom;
	const request = parseScenarioRequest(body);
	if (!request.ok) return request;
	return ok({ nom: nom.value, request: request.value });
}

/** What is stored of a request (JSON): everything but the territory, in the body's own words. */
export function scenarioContent(r: ScenarioRequest): string {
	return JSON.stringify({
		retirer: r.retirer,
		// unset fields left out: the parser reads a `lat: null` as a wrong coordinate
		ajouter: r.ajouter.map((s) =>
			Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null))
		),
		...Object.fromEntries(coverageQuery(r.params))
	});
}

/** A stored scenario back into an evaluation request, through the body's parser. */
export function storedScenarioRequest(
	territoire: string,
	contenu: string
): Parsed<ScenarioRequest> {
	let body: unknown;
	try {
		body = JSON.parse(contenu);
	} catch {
		return invalid('Scénario enregistré illisible.');
	}
	return parseScenarioRequest({ ...(body as object), territoire });
}

/**
 * How many places a stored scenario switched off that a rebuild no longer found in any source
 * (`retires_disparus`, written by the build when it carries scenarios over).
 */
export function storedLostCount(contenu: string): number {
	try {
		const n = (JSON.parse(contenu) as { retires_disparus?: unknown }).retires_disparus;
		return Number.isInteger(n) && (n as number) > 0 ? (n as number) : 0;
	} catch {
		return 0;
	}
}
