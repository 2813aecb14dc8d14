/**
 * The territorial dossier as a file: the PDF (Chromium prints the HTML of `dossierHtml`, tagged,
 * with the page number and the print date in the footer of every page) or the zip of its tables
 * as CSV. Same data for both, from `dossierData`.
 */
import type Database from 'better-sqlite3';
import { frenchCsvPiece } from '../../exports/communes-table';
import { zipStore } from '../../exports/zip';
import { dossierFooter, dossierHtml } from '../../print/dossier-html';
import { csvRecords, dossierTables, plainLabel } from '../../print/dossier-tables';
import { dossierData } from './dossier-data';
import type { PrintContext } from './print-data';
import { FONT_FACES, taggedA4Pdf, withPage } from './print-browser';
import type { Printed } from './print-output';

export const DOSSIER_KINDS = ['pdf', 'zip'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

/** The dossier of a département or an EPCI as a PDF or a zip of CSV tables. */
export async function printDossier(
	db: Database.Database,
	code: string,
	ctx: PrintContext,
	kind: DossierKind,
	signal?: AbortSignal
): Promise<Printed> {
	const d = await dossierData(db, code, ctx);
	if (!d.ok) return d;
	const { facts, name } = d.value;
	if (kind === 'zip') {
		const tables = Object.values(dossierTables(facts));
		const files = Object.fromEntries(
			tables.map((t) => [
				`${name}/${t.id}.csv`,
				// an empty table still says what its columns are
				t.rows.length
					? frenchCsvPiece(csvRecords(t), true)
					: '\uFEFF' + t.columns.map(plainLabel).join(';')
			])
		);
		return {
			ok: true,
			file: {
				body: zipStore(files, ctx.now),
				type: 'application/zip',
				filename: `${name}.zip`,
				pages: tables.length
			}
		};
	}
	const doc = d.value.document();
	const { html, pages } = dossierHtml(doc, FONT_FACES);
	const body = await withPage(
		{ width: 794, height: 1123 },
		async (page) => {
			await page.setContent(html, { waitUntil: 'load' });
			// the page is not laid out on screen (see dossierHtml), so nothing asks for the fonts yet
			await page.evaluate(() =>
				Promise.all(['', 'bold '].map((w) => document.fonts.load(`${w}16px 'DejaVu Sans'`))).then(
					() => undefined
				)
			);
			return taggedA4Pdf(page, { footer: dossierFooter(doc), outline: true });
		},
		signal
	);
	return { ok: true, file: { body, type: 'application/pdf', filename: `${name}.pdf`, pages } };
}
