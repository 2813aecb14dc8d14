/** Help points of a territory in the national schema v1.0.2, as CSV or JSON, piece by piece. */
import type Database from 'better-sqlite3';
import type { SchemaRow } from '../../import/national-schema';
import { schemaCsvPiece, toSchemaJson, toSchemaRow } from './schema-export';
import { iterateLieuxForExport } from '../db/lieux';
import { openSnapshot } from '../db/snapshot';
import type { TerritoryScope } from '../db/territory-scope';

/** Rows per piece: a few hundred kilobytes of CSV. */
const BATCH = 500;

/** The schema rows of a territory in id order, in batches, from one snapshot of the data. */
function* schemaBatches(
	territory: Pick<TerritoryScope, 'niveau' | 'code'>
): Generator<SchemaRow[]> {
	const db: Database.Database = openSnapshot();
	try {
		let batch: SchemaRow[] = [];
		for (const l of iterateLieuxForExport(db, territory.niveau, territory.code)) {
			batch.push(toSchemaRow(l));
			if (batch.length === BATCH) {
				yield batch;
				batch = [];
			}
		}
		if (batch.length) yield batch;
	} finally {
		db.close();
	}
}

/** `toSchemaCsv` of a territory's help points, piece by piece. */
export function* lieuxCsvPieces(
	territory: Pick<TerritoryScope, 'niveau' | 'code'>
): Generator<string> {
	let first = true;
	for (const rows of schemaBatches(territory)) {
		yield schemaCsvPiece(rows, first);
		first = false;
	}
	if (first) yield schemaCsvPiece([], true);
}

/** `toSchemaJson` of a territory's help points as a JSON array, piece by piece. */
export function* lieuxJsonPieces(
	territory: Pick<TerritoryScope, 'niveau' | 'code'>
): Generator<string> {
	let sep = '[';
	for (const rows of schemaBatches(territory)) {
		yield sep +
			toSchemaJson(rows)
				.map((o) => JSON.stringify(o))
				.join(',');
		sep = ',';
	}
	yield sep === '[' ? '[]' : ']';
}
