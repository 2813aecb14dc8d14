/**
 * Writes of the request thread (a report, a planner's correction) wait up to the busy timeout
 * for an import that holds the database; past it, the person gets a French message, not a 500.
 */

/** A write given up because an import held the database. */
export interface Busy {
	ok: false;
	status: 503;
	message: string;
}

/** Run a write; a database still busy after the wait gives a `Busy` answer. */
export function whenFree<T>(write: () => T): T | Busy {
	try {
		return write();
	} catch (err) {
		if ((err as { code?: string })?.code !== 'SQLITE_BUSY') throw err;
		return {
			ok: false,
			status: 503,
			message: 'Une mise à jour de la base est en cours : réessayez dans une minute.'
		};
	}
}
