/**
 * HTTP side of the print endpoints: read the query (GET) or the form (POST, with an optional logo
 * kept for this one sheet), answer the file, or 400 with an error in French.
 */
import { publicUrl } from '../http/public-url';
import { jsonError, valueOr400 } from '../http/params';
import { getDb } from '../db/connection';
import { parsePosterParams, parseSheetParams } from '../../params/print';
import { parseTerritory } from '../../params/territory';
import { flag, type Query } from '../../params/parsed';
import type { OutputKind, PrintFile } from './print-output';
import { PrintNotFoundError, serveDossier, servePrint, type PrintRequest } from './print-service';
import type { DossierKind } from './dossier-output';
import { QueueFullError, RenderAbortedError } from './render-queue';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const LOGO_MAX_BYTES = 1_500_000;

type Fields = Query;

/** `apercu=1`: shown in the page (the preview), not downloaded. */
const inline = (fields: Fields) => flag(fields, 'apercu');

async function readRequest(
	request: Request,
	url: URL
): Promise<{ ok: true; fields: Fields; logo: string | null } | { ok: false; error: string }> {
	if (request.method !== 'POST') return { ok: true, fields: url.searchParams, logo: null };
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return {
			ok: false,
			error: 'Formulaire illisible : envoyez les champs en multipart/form-data.'
		};
	}
	const file = form.get('logo');
	if (!(file instanceof File) || file.size === 0) return { ok: true, fields: form, logo: null };
	if (!LOGO_TYPES.includes(file.type))
		return { ok: false, error: 'Logo refusé : une image PNG, JPEG ou WebP est attendue.' };
	if (file.size > LOGO_MAX_BYTES)
		return { ok: false, error: 'Logo refusé : l’image dépasse 1,5 Mo.' };
	const b64 = Buffer.from(await file.arrayBuffer()).toString('base64');
	return { ok: true, fields: form, logo: `data:${file.type};base64,${b64}` };
}

function fileResponse(file: PrintFile, inline: boolean): Response {
	return new Response(new Uint8Array(file.body), {
		headers: {
			'content-type': file.type,
			'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${file.filename}"`,
			'cache-control': 'no-store',
			'x-maillage-pages': String(file.pages)
		}
	});
}

const origin = (url: URL) => publicUrl(url.origin);

/** Seconds a refused client is asked to wait: about two renders on a busy server. */
const RETRY_AFTER_S = 5;

/** The file, or the error a person can act on: 404, 503 with Retry-After, nothing for a leaver. */
async function answer(
	request: Request,
	req: PrintRequest,
	ctx: { origin: string; now: Date; logo?: string | null },
	kind: OutputKind,
	inline: boolean
): Promise<Response> {
	return answerWith(request, () => servePrint(getDb(), req, ctx, kind, request.signal), inline);
}

/** The file `serve` makes, or the error a person can act on (see `answer`). */
export async function answerWith(
	request: Request,
	serve: () => Promise<PrintFile>,
	inline: boolean
): Promise<Response> {
	try {
		return fileResponse(await serve(), inline);
	} catch (e) {
		if (e instanceof PrintNotFoundError) return jsonError(e.message, 404);
		if (e instanceof QueueFullError)
			return jsonError(e.message, 503, { 'retry-after': String(RETRY_AFTER_S) });
		// the client left: nobody reads this answer
		if (e instanceof RenderAbortedError || request.signal.aborted)
			return new Response(null, { status: 499 });
		throw e;
	}
}

/** GET or POST /imprimer/carte.{pdf,png,svg}. */
export async function sheetEndpoint(kind: OutputKind, request: Request, url: URL) {
	const req = await readRequest(request, url);
	if (!req.ok) return jsonError(req.error, 400);
	const params = valueOr400(parseSheetParams(req.fields));
	if (params instanceof Response) return params;
	const ctx = { origin: origin(url), now: new Date(), logo: req.logo };
	return answer(request, { what: 'sheet', params }, ctx, kind, inline(req.fields));
}

/** GET or POST /imprimer/affiche.{pdf,png,svg}. */
export async function posterEndpoint(kind: OutputKind, request: Request, url: URL) {
	const req = await readRequest(request, url);
	if (!req.ok) return jsonError(req.error, 400);
	const params = valueOr400(parsePosterParams(req.fields));
	if (params instanceof Response) return params;
	const ctx = { origin: origin(url), now: new Date() };
	return answer(request, { what: 'poster', params }, ctx, kind, inline(req.fields));
}

/** GET /imprimer/dossier.{pdf,zip}?territoire=04|SIREN: the territorial dossier. */
export async function dossierEndpoint(kind: DossierKind, request: Request, url: URL) {
	const code = valueOr400(parseTerritory(url.searchParams));
	if (code instanceof Response) return code;
	const ctx = { origin: origin(url), now: new Date() };
	const serve = () => serveDossier(getDb(), code, ctx, kind, request.signal);
	return answerWith(request, serve, inline(url.searchParams));
}
