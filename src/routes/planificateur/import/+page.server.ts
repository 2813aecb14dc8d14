import { fail } from '@sveltejs/kit';
import { getWritableDb } from '$lib/server/db/connection';
import { runImport, type ImportReport } from '$lib/server/import/run-import';
import { IMPORT_TYPES, type ImportType } from '$lib/import/column-mapping';
import { keepUpload, takeUpload } from '$lib/server/pending-uploads';

const MAX_BYTES = 20 * 1024 * 1024;

/** The report without the bytes, trimmed for the page (first 200 problems). */
const forPage = (r: ImportReport) => ({
	...r,
	issues: r.issues.slice(0, 200),
	totalIssues: r.issues.length
});

export const actions = {
	/** Check the file and show what the import would do; nothing is written. */
	previsualiser: async ({ request, locals }) => {
		if (!locals.user) return fail(401, { error: 'Connexion requise.' });
		const form = await request.formData();
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
		const report = runImport(getWritableDb(), {
			bytes,
			file: name,
			type: type as ImportType,
			dryRun: true
		});
		const id = keepUpload({ user: locals.user.id, file: name, type, bytes });
		return { preview: forPage(report), id };
	},

	/** Apply the previewed file, in one transaction. */
	confirmer: async ({ request, locals }) => {
		if (!locals.user) return fail(401, { error: 'Connexion requise.' });
		const form = await request.formData();
		const kept = takeUpload(String(form.get('id') ?? ''), locals.user.id);
		if (!kept) return fail(400, { error: 'Aperçu expiré : déposez le fichier à nouveau.' });
		const report = runImport(getWritableDb(), {
			bytes: kept.bytes,
			file: kept.file,
			type: kept.type as ImportType,
			acceptPartial: form.get('partiel') === '1'
		});
		return { done: forPage(report) };
	}
};
