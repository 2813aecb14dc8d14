import { fail } from '@sveltejs/kit';
import { databasePath } from '$lib/server/db/connection';
import { runJob, UPLOAD_LIMITS } from '$lib/server/import/import-jobs';
import type { JobReport } from '$lib/types/import';
import { IMPORT_TYPES, type ImportType } from '$lib/import/column-mapping';
import { keepUpload, takeUpload } from '$lib/server/import/pending-uploads';
import type { RunImportOptions } from '$lib/server/import/run-import';

const MAX_BYTES = 20 * 1024 * 1024;

/** The report for the page: its first 200 problems (the worker sends no more) and their total. */
const forPage = (r: JobReport) => ({ ...r, issues: r.issues.slice(0, 200) });

/** Check or apply a file in the import worker (the request thread keeps answering), rows capped. */
async function importInWorker(options: Omit<RunImportOptions, 'maxRows' | 'now'>) {
	const r = await runJob({
		op: 'import',
		dbPath: databasePath(),
		options: { ...options, maxRows: UPLOAD_LIMITS.maxRows }
	});
	if (!r.ok) return { error: r.error, status: r.status };
	if (!('report' in r)) throw new Error('unexpected job result');
	// A file over the row cap was not read: say so, without a preview to confirm.
	if (r.report.counts.read > UPLOAD_LIMITS.maxRows)
		return { error: r.report.issues[0]?.message ?? 'Fichier trop long.', status: 413 };
	return { report: forPage(r.report) };
}

export const actions = {
	/** Check the file and show what the import would do; nothing is written. */
	previsualiser: async ({ request, locals }) => {
		if (!locals.user) return fail(401, { error: 'Connexion requise.' });
		// A body that is not a readable form (a truncated multipart, text/plain) is the sender's error.
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { error: 'Formulaire illisible : déposez le fichier à nouveau.' });
		const file = form.get('fichier');
		const type = String(form.get('type') ?? '');
		if (!(IMPORT_TYPES as readonly string[]).includes(type))
			return fail(400, { error: 'Choisissez le type de fichier.' });
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { error: 'Choisissez un fichier à importer.' });
		if (file.size > MAX_BYTES)
			return fail(400, { error: 'Fichier trop volumineux (20 Mo au plus).' });
		const bytes = new Uint8Array(await file.arrayBuffer());
		const name = file.name.replace(/^.*[\\/]/, '').slice(0, 200);
		const r = await importInWorker({ bytes, file: name, type: type as ImportType, dryRun: true });
		if (!r.report) return fail(r.status, { error: r.error });
		const id = keepUpload({ user: locals.user.id, file: name, type, bytes });
		return { preview: r.report, id };
	},

	/** Apply the previewed file, in one transaction. */
	confirmer: async ({ request, locals }) => {
		if (!locals.user) return fail(401, { error: 'Connexion requise.' });
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { error: 'Formulaire illisible : réessayez.' });
		const kept = takeUpload(String(form.get('id') ?? ''), locals.user.id);
		if (!kept) return fail(400, { error: 'Aperçu expiré : déposez le fichier à nouveau.' });
		const r = await importInWorker({
			bytes: kept.bytes,
			file: kept.file,
			type: kept.type as ImportType,
			acceptPartial: form.get('partiel') === '1',
			replaceMillesime: form.get('millesime') === '1'
		});
		if (!r.report) return fail(r.status, { error: r.error });
		return { done: r.report };
	}
};
