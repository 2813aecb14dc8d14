import { expect } from 'vitest';

/** A parse of one bad data row (line 2): no record, and an error naming the file, line and field. */
export function expectRowRejected(
	r: { records: unknown[]; issues: { level: string; message: string }[] },
	file: string,
	field: string,
	message: RegExp
): void {
	expect(r.records).toEqual([]);
	const err = r.issues.find((i) => i.level === 'error');
	expect(err).toMatchObject({ file, line: 2, field });
	expect(err?.message).toMatch(message);
}
