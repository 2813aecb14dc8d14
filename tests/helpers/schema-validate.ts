import { readOpendata, readOpendataJson } from './opendata';

interface Field {
	name: string;
	type: string;
	constraints?: { required?: boolean; pattern?: string; maxLength?: number };
}

/** The national schema's Table Schema (schema.json), from the staged open data. */
export const readSchema = () =>
	readOpendataJson<{ fields: Field[] }>('mediation-numerique-schema/schema.json');

/** The schema's example CSV (one valid row), from the staged open data. */
export const readSchemaExample = () =>
	readOpendata('mediation-numerique-schema/exemple-valide.csv');

/**
 * Problems of rows against the Table Schema: required fields, patterns (anchored at both ends,
 * as Table Schema patterns are), maxLength, number and date types. Empty cells are "missing".
 */
export function validateRows(rows: Record<string, string>[]): string[] {
	const schema = readSchema();
	const problems: string[] = [];
	rows.forEach((row, i) => {
		for (const f of schema.fields) {
			const v = row[f.name] ?? '';
			const c = f.constraints ?? {};
			const at = `ligne ${i + 1} ${f.name} « ${v} »`;
			if (v === '') {
				if (c.required) problems.push(`${at} : obligatoire`);
				continue;
			}
			if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(v))
				problems.push(`${at} : motif`);
			if (c.maxLength && [...v].length > c.maxLength) problems.push(`${at} : trop long`);
			if (f.type === 'number' && !/^-?\d+(\.\d+)?$/.test(v)) problems.push(`${at} : nombre`);
			if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) problems.push(`${at} : date`);
		}
		for (const k of Object.keys(row))
			if (!schema.fields.some((f) => f.name === k)) problems.push(`colonne inconnue ${k}`);
	});
	return problems;
}
