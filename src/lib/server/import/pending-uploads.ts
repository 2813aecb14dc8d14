import { randomBytes } from 'node:crypto';

/**
 * Files a planner uploaded and previewed, waiting for confirmation (30 minutes, in memory, at
 * most 20): the confirmation imports exactly the bytes that were previewed.
 */
interface Pending {
	user: number;
	file: string;
	type: string;
	bytes: Uint8Array;
	at: number;
}
const pending = new Map<string, Pending>();
const TTL = 30 * 60_000;

export function keepUpload(p: Omit<Pending, 'at'>): string {
	const now = Date.now();
	for (const [k, v] of pending) if (now - v.at > TTL) pending.delete(k);
	while (pending.size >= 20) pending.delete(pending.keys().next().value as string);
	const id = randomBytes(16).toString('hex');
	pending.set(id, { ...p, at: now });
	return id;
}

/** The upload kept under `id` for this planner, removed from the store; or null. */
export function takeUpload(id: string, user: number): Pending | null {
	const p = pending.get(id);
	if (!p || p.user !== user || Date.now() - p.at > TTL) return null;
	pending.delete(id);
	return p;
}
