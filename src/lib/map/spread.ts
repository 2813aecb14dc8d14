/**
 * Markers that would sit on each other, spread apart on a small ring around where they are, so
 * that every number stays readable and clickable (the finder's "1, 2, 3" of one village). Pure,
 * in screen pixels: the map projects the points, spreads them, and draws a thin line from each
 * moved marker back to its true place.
 */

export interface Px {
	x: number;
	y: number;
}

/**
 * New positions for `points` (same order) such that no two are closer than `minDist` pixels,
 * for the groups that overlapped: each group is laid on a ring around its centre, in input
 * order clockwise from the top (so 1, 2, 3 read like a clock). Points already apart are not
 * moved. A ring that lands on another marker is merged with it and laid again (a few rounds).
 */
export function spreadMarkers(points: Px[], minDist: number): Px[] {
	let out = points.map((p) => ({ ...p }));
	// groups[i] = the indices laid out together with i
	let groups = points.map((_, i) => [i]);
	for (let round = 0; round < 4; round++) {
		const parent = out.map((_, i) => i);
		const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
		let merged = false;
		for (let i = 0; i < out.length; i++)
			for (let j = i + 1; j < out.length; j++) {
				if (find(i) === find(j)) continue;
				const sameGroup = groups[i].includes(j);
				if (sameGroup || Math.hypot(out[i].x - out[j].x, out[i].y - out[j].y) < minDist - 1e-9) {
					parent[find(j)] = find(i);
					if (!sameGroup) merged = true;
				}
			}
		if (!merged) break;
		const byRoot = new Map<number, number[]>();
		out.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
		const next = out.map((p) => ({ ...p }));
		groups = out.map(() => []);
		for (const members of byRoot.values()) {
			members.sort((a, b) => a - b);
			for (const m of members) groups[m] = members;
			if (members.length < 2) continue;
			// the centre of the original points, so a group stays where its places are
			const cx = members.reduce((a, m) => a + points[m].x, 0) / members.length;
			const cy = members.reduce((a, m) => a + points[m].y, 0) / members.length;
			const k = members.length;
			const r = minDist / (2 * Math.sin(Math.PI / k));
			members.forEach((m, i) => {
				const a = -Math.PI / 2 + (2 * Math.PI * i) / k;
				next[m] = { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
			});
		}
		out = next;
	}
	return out;
}
