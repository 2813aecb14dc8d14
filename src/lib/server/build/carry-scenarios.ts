/**
 * Saved scenarios carried into a rebuilt database: the places a scenario switches off are found
 * again by their source records (a rebuild numbers places anew); those no longer in any source
 * are dropped from it and counted in it (`retires_disparus`), so its page can say so.
 */
import type { ScenarioRow } from '../../types/rows';

export interface CarriedScenarios {
	rows: ScenarioRow[];
	/** Places switched off by a scenario that the new data no longer holds. */
	placesLost: number;
}

export function carryScenarios(
	rows: ScenarioRow[],
	keysOf: Map<number, string[]>,
	idsByKey: Map<string, number>
): CarriedScenarios {
	let placesLost = 0;
	const out = rows.map((row) => {
		let body: Record<string, unknown>;
		try {
			body = JSON.parse(row.contenu);
		} catch {
			// unreadable before the rebuild, kept as it was (its page says it cannot be recalculated)
			return row;
		}
		if (!Array.isArray(body.retirer)) return row;
		const ids: number[] = [];
		let lost = 0;
		for (const id of body.retirer) {
			const found = (keysOf.get(id) ?? []).map((k) => idsByKey.get(k)).find((x) => x !== undefined);
			if (found === undefined) lost++;
			else if (!ids.includes(found)) ids.push(found);
		}
		placesLost += lost;
		const before = Number.isInteger(body.retires_disparus) ? (body.retires_disparus as number) : 0;
		const carried: Record<string, unknown> = { ...body, retirer: ids };
		if (lost + before > 0) carried.retires_disparus = lost + before;
		return { ...row, contenu: JSON.stringify(carried) };
	});
	return { rows: out, placesLost };
}
