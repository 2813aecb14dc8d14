/** France Services per-day opening hours (`09:00 - 12:00 / 13:30 - 17:00`) to OSM opening_hours. */

export const FS_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const;
export type FsDay = (typeof FS_DAYS)[number];

const RANGE_RE = /^(\d{1,2})[:hH](\d{2})\s*-\s*(\d{1,2})[:hH](\d{2})$/;

function minutes(h: string, m: string): number | null {
	const hh = Number(h);
	const mm = Number(m);
	if (hh > 24 || mm > 59 || (hh === 24 && mm > 0)) return null;
	return hh * 60 + mm;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (t: number) => `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;

/**
 * One day's value as OSM time ranges (`09:00-12:00,13:30-17:00`); '' for an empty value (closed);
 * null when it does not convert (bad time, empty or backwards range). The source's quirks are
 * smoothed: `00:00 - 00:00` placeholders are dropped, and repeated or overlapping ranges
 * (`09:00 - 16:30 / 13:30 - 16:30`) are merged into their union.
 */
export function convertDayRanges(value: string | null | undefined): string | null {
	const v = (value ?? '').trim();
	if (v === '') return '';
	const ranges: [number, number][] = [];
	for (const part of v.split('/')) {
		const m = part.trim().match(RANGE_RE);
		if (!m) return null;
		const start = minutes(m[1], m[2]);
		const end = minutes(m[3], m[4]);
		if (start === 0 && end === 0) continue;
		if (start === null || end === null || end <= start) return null;
		ranges.push([start, end]);
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged[merged.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');
}

/**
 * Monday-to-Saturday values as one OSM opening_hours string, merging identical consecutive days
 * (`Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00`). `osm` is null when every day is empty or
 * when a day does not convert; `badDays` lists the days that did not convert.
 */
export function franceServicesHours(days: Partial<Record<FsDay, string | null>>): {
	osm: string | null;
	badDays: FsDay[];
} {
	const converted = FS_DAYS.map((d) => convertDayRanges(days[d]));
	const badDays = FS_DAYS.filter((_d, i) => converted[i] === null);
	if (badDays.length > 0) return { osm: null, badDays };
	const rules: string[] = [];
	let i = 0;
	while (i < FS_DAYS.length) {
		let j = i;
		while (j + 1 < FS_DAYS.length && converted[j + 1] === converted[i]) j++;
		if (converted[i] !== '') {
			const span = i === j ? FS_DAYS[i] : `${FS_DAYS[i]}-${FS_DAYS[j]}`;
			rules.push(`${span} ${converted[i]}`);
		}
		i = j + 1;
	}
	return { osm: rules.length > 0 ? rules.join('; ') : null, badDays };
}

/** The raw per-day values as one readable line (`Mo 13:30 - 17:00; Tu 09:00 - 12:00`), or null. */
export function franceServicesHoursRaw(days: Partial<Record<FsDay, string | null>>): string | null {
	const parts = FS_DAYS.filter((d) => (days[d] ?? '').trim() !== '').map(
		(d) => `${d} ${(days[d] ?? '').trim()}`
	);
	return parts.length > 0 ? parts.join('; ') : null;
}
