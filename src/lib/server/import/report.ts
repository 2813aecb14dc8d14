/** The import report as French text lines, for the command line. */
import type { ImportReport } from '../../types/import';

const LEVEL = { error: 'erreur', warning: 'avertissement' } as const;

/** Summary, warnings by field, then every problem (file:line field — level : message). */
export function formatReport(r: ImportReport): string[] {
	const c = r.counts;
	const lines = [
		`Import de ${r.file} (type ${r.type}, encodage ${r.encoding})${r.dryRun ? ' — simulation' : ''}`,
		`  lignes lues : ${c.read}`,
		`  importées : ${c.imported} · mises à jour : ${c.updated} · inchangées : ${c.unchanged}` +
			` · hors territoire : ${c.skipped} · rejetées : ${c.rejected}` +
			(c.removed ? ` · arrêts retirés des tournées : ${c.removed}` : ''),
		`  avertissements : ${c.warnings}` +
			(c.warnings
				? ` (${Object.entries(r.warningsByField)
						.map(([k, n]) => `${k} ${n}`)
						.join(', ')})`
				: '')
	];
	if (r.issues.length) {
		lines.push('Détail :');
		for (const i of r.issues)
			lines.push(`  ${i.file}:${i.line} ${i.field || '-'} — ${LEVEL[i.level]} : ${i.message}`);
	}
	if (r.applied)
		lines.push(
			`Import n° ${r.importId} enregistré (annuler : npm run import -- --undo ${r.importId}).`
		);
	else if (r.blockedBy) lines.push(r.blockedBy);
	return lines;
}
