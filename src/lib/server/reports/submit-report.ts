/**
 * A resident's report on a help point: checked, throttled, then stored with its date and nothing
 * about the sender but the contact they chose to give. The throttle counts per client address in
 * memory only (the address is never written anywhere), and for the whole site per day, so that a
 * robot can neither flood the planners' inbox nor fill the disk.
 */
import type Database from 'better-sqlite3';
import { LoginLimiter, clientKey } from '../auth/login-limiter';
import { isRobot, readReportForm, type ReportFormValues } from '../../import/report-form';
import { insertReport } from '../db/reports';

/** Reports accepted per client address and per hour, and for the whole site per day. */
export const REPORT_LIMITS = { perAddress: 5, addressWindowMs: 60 * 60_000, perDay: 200 };

/** Sliding-window counts of reports, per address and for the whole site. */
export class ReportLimiter {
	private byAddress: LoginLimiter;
	private site: LoginLimiter;
	constructor(private limits = REPORT_LIMITS) {
		this.byAddress = new LoginLimiter(limits.addressWindowMs);
		this.site = new LoginLimiter(24 * 60 * 60_000);
	}

	/**
	 * Count one report from `address`; when a limit is reached, nothing is counted and the answer
	 * says which limit and how many seconds until a report is accepted again.
	 */
	take(
		address: string,
		now = Date.now()
	): { ok: true } | { ok: false; scope: 'adresse' | 'site'; retryAfterS: number } {
		const mine = [{ key: `signalement:${clientKey(address)}`, max: this.limits.perAddress }];
		const all = [{ key: 'signalements', max: this.limits.perDay }];
		for (const [limiter, limits, scope] of [
			[this.byAddress, mine, 'adresse'],
			[this.site, all, 'site']
		] as const) {
			const wait = limiter.retryAfter(limits, now);
			if (wait > 0) return { ok: false, scope, retryAfterS: Math.ceil(wait / 1000) };
		}
		this.byAddress.reserve(mine, now);
		this.site.reserve(all, now);
		return { ok: true };
	}
}

export type SubmitResult =
	| { status: 'sent' }
	| {
			status: 'invalid';
			values: ReportFormValues;
			errors: Partial<Record<keyof ReportFormValues, string>>;
	  }
	| { status: 'limited'; retryAfterS: number; message: string };

/**
 * Check, count and store one report on help point `lieu` (which the caller found). A robot's
 * report (hidden field filled in) is counted and answered as sent, but not stored.
 */
export function submitReport(
	db: Database.Database,
	limiter: ReportLimiter,
	input: { lieu: number; address: string; fields: Record<string, unknown>; now?: Date }
): SubmitResult {
	const now = input.now ?? new Date();
	const check = readReportForm(input.fields);
	if (!check.ok) return { status: 'invalid', values: check.values, errors: check.errors };
	const taken = limiter.take(input.address, now.getTime());
	if (!taken.ok) {
		const minutes = Math.ceil(taken.retryAfterS / 60);
		const message =
			taken.scope === 'site'
				? 'Le site a reçu trop de signalements aujourd’hui : réessayez demain. Merci de votre aide.'
				: `Vous avez envoyé plusieurs signalements depuis cette connexion : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}. Merci de votre aide.`;
		return { status: 'limited', retryAfterS: taken.retryAfterS, message };
	}
	if (!isRobot(input.fields))
		insertReport(db, { lieu: input.lieu, date: now.toISOString(), ...check.report });
	return { status: 'sent' };
}
