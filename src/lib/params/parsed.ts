/**
 * The core of the URL and form parameter parsers (`$lib/params`): one small parser per parameter
 * kind returns the value or an error in French; the API answers 400 with it, a page falls back
 * to its defaults.
 */

/** A parameter read from a URL or a form: its value, or what is wrong in French. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A query string or a submitted form. */
export type Query = Pick<URLSearchParams, 'get' | 'getAll'> | Pick<FormData, 'get' | 'getAll'>;

/** A parsed value. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A refused value, with the message a person reads. */
export const invalid = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** The trimmed text of a parameter; null when absent or not text (a form's file). */
export function text(q: Query, name: string): string | null {
	const v = q.get(name);
	return typeof v === 'string' ? v.trim() : null;
}

/** Every value of a repeated or comma-separated parameter (`a=x&a=y`, `a=x,y`), trimmed. */
export function list(q: Query, name: string): string[] {
	return q
		.getAll(name)
		.flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
		.map((v) => v.trim())
		.filter(Boolean);
}

/** A tick box or a yes/no parameter: `1`, `oui`, `on` or `true`. */
export function flag(q: Query, name: string): boolean {
	return ['1', 'oui', 'on', 'true'].includes(text(q, name) ?? '');
}

/**
 * One of `values`, `fallback` when the parameter is absent or empty; else the error
 * « Paramètre « name » invalide : « … ». Valeurs possibles : … ».
 */
export function oneOf<T extends string>(
	q: Query,
	name: string,
	values: readonly T[],
	fallback: T
): Parsed<T> {
	const v = text(q, name) || fallback;
	return (values as readonly string[]).includes(v)
		? ok(v as T)
		: invalid(
				`Paramètre « ${name} » invalide : « ${v.slice(0, 30)} ». Valeurs possibles : ${values.join(', ')}.`
			);
}

/** Every field parsed, or the first error in field order (what the API answers with a 400). */
export function all<T>(fields: { [K in keyof T]: Parsed<T[K]> }): Parsed<T> {
	const value = {} as T;
	for (const key of Object.keys(fields) as (keyof T)[]) {
		const p = fields[key];
		if (!p.ok) return p;
		value[key] = p.value;
	}
	return ok(value);
}

/** The value, or `fallback` when it did not parse: a page still opens from a bad link. */
export function orDefault<T>(p: Parsed<T>, fallback: T): T {
	return p.ok ? p.value : fallback;
}
