/**
 * A saved scenario on A4 landscape, the sheet a steering committee projects: page 1 the pair of
 * maps (today, scenario) drawn by the sheets' own `renderMap` with the zones-blanches theme, the
 * figures before → after and what the scenario changes; then the table of the communes whose
 * situation changes and the figures per EPCI; the sources and the date on every page.
 */
import type { Geometry } from 'geojson';
import { communeStateText } from '../analysis/scenarios/state-text';
import { kindInfo } from '../catalog/kinds';
import { busStopsText } from '../catalog/stop-days';
import { formatDate, formatNumber, plural } from '../labels';
import { lostPlacesText } from '../analysis/scenarios/state-text';
import type { SharedScenario } from '../server/scenarios/shared';
import { escapeXml as esc } from './escape';
import { kindSymbol } from './marker-svg';
import { renderMap, type MapPoint } from './map-svg';
import { OUTLINE_STYLE, type SheetSource } from './sheet-svg';
import { themeStyle } from './themes';

export interface ScenarioSheetData {
	shared: SharedScenario;
	/** Shapes of the communes of the territory, by code INSEE. */
	geometries: Map<string, Geometry>;
	outlines: { geometry: Geometry; level: 'departement' | 'epci' }[];
	/** Help points today (fixed and itinerant) inside the territory. */
	points: Omit<MapPoint, 'n'>[];
	kinds: string[];
	sources: SheetSource[];
	printedOn: Date;
	url: string;
}

const MAP = { w: 136, h: 96, gap: 5 };
/** A commune the scenario takes out of the zones blanches, and one it puts in. */
const GAINED = '#a6dba0';
const LOST_STROKE = '#b2182b';
/** A commune still covered but with fewer, or more, places within the threshold. */
const FEWER = '#fdd49e';
const MORE = '#c6dbef';

const fr = formatNumber;
const delta = (a: number, b: number) =>
	a === b ? '=' : `${b > a ? '+' : '−'}${fr(Math.abs(b - a))}`;

function mapsSvg(d: ScenarioSheetData): string {
	const { shared } = d;
	const style = themeStyle('zones-blanches', false, d.kinds);
	const zb = {
		before: new Set(shared.result.zonesBlanches.before),
		after: new Set(shared.result.zonesBlanches.after)
	};
	const frame = [...d.geometries.values()];
	const removed = new Set(shared.retires.map((p) => p.id));
	const changed = new Map(shared.result.changes.map((c) => [c.code, c]));
	const lines = d.outlines.map((o) => ({ geometry: o.geometry, ...OUTLINE_STYLE[o.level] }));
	const draw = (x: number, after: boolean) => {
		const set = after ? zb.after : zb.before;
		const fill = (code: string) => {
			if (after && zb.before.has(code) && !set.has(code)) return GAINED;
			const c = after && !set.has(code) ? changed.get(code) : undefined;
			if (c) return c.after.withinThreshold < c.before.withinThreshold ? FEWER : MORE;
			return style.fill({ value: null, zoneBlanche: set.has(code) });
		};
		const areas = [...d.geometries].map(([code, geometry]) => ({
			geometry,
			code,
			fill: fill(code)
		}));
		// communes the scenario puts into a zone blanche: outlined in red on the scenario map
		const lost = after
			? [...d.geometries]
					.filter(([code]) => set.has(code) && !zb.before.has(code))
					.map(([, geometry]) => ({ geometry, stroke: LOST_STROKE, width: 0.7 }))
			: [];
		const points = after ? d.points.filter((p) => !removed.has(p.id)) : d.points;
		const map = renderMap({
			box: { x, y: 7, w: MAP.w, h: MAP.h },
			frame,
			areas,
			areaStroke: style.communeStroke,
			lines: [...lines, ...lost],
			points,
			markerFill: style.markerFill,
			scale: 0.8
		});
		let added = '';
		if (after)
			for (const a of shared.ajoutes) {
				const xy = map.projection([a.lon, a.lat]);
				if (xy) added += star(xy[0], xy[1]);
			}
		let gone = '';
		if (after)
			for (const p of d.points.filter((p) => removed.has(p.id))) {
				const xy = map.projection([p.lon, p.lat]);
				if (xy) gone += cross(xy[0], xy[1]);
			}
		const title = after ? 'Avec le scénario' : 'Aujourd’hui';
		const figures = after ? shared.result.after : shared.result.before;
		return (
			`<text x="${x}" y="4.5" font-size="4" font-weight="bold">${esc(title.slice(0, 70))}</text>` +
			map.svg +
			gone +
			added +
			`<text x="${x}" y="${7 + MAP.h + 5}" font-size="3.4">${fr(figures.zonesBlanches.count)} ${plural(figures.zonesBlanches.count, 'zone blanche', 'zones blanches')} · ${fr(figures.zonesBlanches.population)} ${plural(figures.zonesBlanches.population, 'habitant')} sans aide à portée</text>`
		);
	};
	const width = MAP.w * 2 + MAP.gap;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${MAP.h + 14}mm" viewBox="0 0 ${width} ${MAP.h + 14}" font-family="DejaVu Sans">` +
		`<defs>${style.defs}</defs>` +
		draw(0, false) +
		draw(MAP.w + MAP.gap, true) +
		`</svg>`
	);
}

function star(x: number, y: number): string {
	const pts: string[] = [];
	for (let i = 0; i < 10; i++) {
		const rad = i % 2 ? 1.4 : 3.4;
		const a = (Math.PI / 5) * i - Math.PI / 2;
		pts.push(`${(x + rad * Math.cos(a)).toFixed(2)},${(y + rad * Math.sin(a)).toFixed(2)}`);
	}
	return `<polygon points="${pts.join(' ')}" fill="#ffd400" stroke="#111" stroke-width="0.35"/>`;
}

function cross(x: number, y: number): string {
	const s = 1.6;
	return `<path d="M${x - s} ${y - s}L${x + s} ${y + s}M${x - s} ${y + s}L${x + s} ${y - s}" stroke="#111" stroke-width="0.7"/>`;
}

function legend(d: ScenarioSheetData): string {
	const style = themeStyle('zones-blanches', false, d.kinds);
	const swatch = (fill: string, stroke = '#999') =>
		`<svg width="4mm" height="3mm" viewBox="0 0 4 3"><defs>${style.defs}</defs><rect width="4" height="3" fill="${fill}" stroke="${stroke}" stroke-width="0.3"/></svg>`;
	const symbol = (k: string) =>
		`<svg width="3.4mm" height="3.4mm" viewBox="0 0 3.4 3.4">${kindSymbol(k, 1.7, 1.7, 3, style.markerFill(k))}</svg>`;
	return (
		`<p class="legend">${swatch('url(#p-zb)')} zone blanche (plus fragile que la moyenne, sans aide à portée) ` +
		`${swatch(GAINED)} sort de la zone blanche ${swatch('#fff', LOST_STROKE)} y entre ` +
		`${swatch(FEWER)} moins de lieux à portée ${swatch(MORE)} plus de lieux à portée ` +
		`<svg width="4mm" height="4mm" viewBox="-4 -4 8 8">${star(0, 0)}</svg> site ajouté ` +
		`<svg width="4mm" height="4mm" viewBox="-2 -2 4 4">${cross(0, 0)}</svg> lieu retiré` +
		d.kinds.map((k) => ` ${symbol(k)} ${esc(kindInfo(k)?.plural ?? k)}`).join('') +
		`</p>`
	);
}

function figuresTable(s: SharedScenario): string {
	const { before: b, after: a } = s.result;
	const rows: [string, number, number][] = [
		['Zones blanches (communes)', b.zonesBlanches.count, a.zonesBlanches.count],
		['Population en zone blanche', b.zonesBlanches.population, a.zonesBlanches.population],
		['Population fragile (au-delà de la moyenne)', b.fragile.population, a.fragile.population],
		['… avec une aide à portée', b.fragileCovered.population, a.fragileCovered.population],
		['Lieux d’aide du territoire', b.helpPoints, a.helpPoints]
	];
	return (
		`<table class="figures"><thead><tr><th></th><th>Aujourd’hui</th><th>Scénario</th><th>Écart</th></tr></thead><tbody>` +
		rows
			.map(
				([l, x, y]) =>
					`<tr${x !== y ? ' class="changed"' : ''}><th>${esc(l)}</th><td>${fr(x)}</td><td>${fr(y)}</td><td>${delta(x, y)}</td></tr>`
			)
			.join('') +
		`</tbody></table>`
	);
}

function epciTable(s: SharedScenario): string {
	const after = new Map(s.result.after.epci.map((e) => [e.code, e]));
	return (
		`<h2>Par intercommunalité</h2><table><thead><tr><th>EPCI</th><th>Zones blanches</th><th>Population sans aide</th><th>Population fragile aidée</th></tr></thead><tbody>` +
		s.result.before.epci
			.map((e) => {
				const a = after.get(e.code) ?? e;
				const changed = a.zonesBlanches.population !== e.zonesBlanches.population;
				return `<tr${changed ? ' class="changed"' : ''}><th>${esc(e.nom)}</th><td>${e.zonesBlanches.count} → ${a.zonesBlanches.count}</td><td>${fr(e.zonesBlanches.population)} → ${fr(a.zonesBlanches.population)}</td><td>${fr(e.fragileCovered.population)} → ${fr(a.fragileCovered.population)}</td></tr>`;
			})
			.join('') +
		`</tbody></table>`
	);
}

function changesTable(s: SharedScenario): string {
	const c = s.result.changes;
	if (c.length === 0) return '<h2>Communes dont la situation change</h2><p>Aucune.</p>';
	return (
		`<h2>Communes dont la situation change (${c.length})</h2><table class="changes"><thead><tr><th>Commune</th><th>Population</th><th>Aujourd’hui</th><th>Scénario</th></tr></thead><tbody>` +
		c
			.map(
				(x) =>
					`<tr${x.before.zoneBlanche !== x.after.zoneBlanche ? ' class="changed"' : ''}><th>${esc(x.nom)}</th><td>${fr(x.population)}</td><td>${esc(communeStateText(x.before))}</td><td>${esc(communeStateText(x.after))}</td></tr>`
			)
			.join('') +
		`</tbody></table>`
	);
}

function changedPlaces(s: SharedScenario): string {
	const list = (items: string[]) => (items.length ? esc(items.join(' ; ')) : 'aucun');
	return (
		`<p class="places"><strong>Lieux retirés (${s.retires.length}) :</strong> ${list(s.retires.map((p) => `${p.nom} (${p.type}${p.commune ? `, ${p.commune}` : ''})`))}.</p>` +
		(s.disparus
			? `<p class="places"><strong>${esc(lostPlacesText(s.disparus))}</strong></p>`
			: '') +
		`<p class="places"><strong>Sites ajoutés (${s.ajoutes.length}) :</strong> ${list(s.ajoutes.map((a) => `${a.nom} (${a.type}${a.arrets.length ? `, arrêts : ${busStopsText(a.arrets)}` : ''})`))}.</p>`
	);
}

function sourcesSection(d: ScenarioSheetData): string {
	return (
		`<h2>Sources</h2><p class="sources">` +
		esc(d.sources.map((s) => `${s.titre} (${s.producteur}, ${s.date})`).join(' ; ')) +
		`. Règle des zones blanches et distances : celles de toutes les cartes de Maillage. Scénario en ligne : ${esc(d.url)}</p>`
	);
}

/** The footer Chromium prints on every page: the scenario, the date, the page number. */
export function scenarioFooter(d: ScenarioSheetData): string {
	return (
		`<div style="font-family:'DejaVu Sans',sans-serif;font-size:7pt;color:#333;width:100%;padding:0 10mm;display:flex;justify-content:space-between">` +
		`<span>Maillage · ${esc(d.shared.scenario.nom.slice(0, 90))} · sources en fin de document</span>` +
		`<span style="white-space:nowrap">Imprimé le ${esc(formatDate(d.printedOn.toISOString()))} · page <span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`
	);
}

/** The whole document as HTML for Chromium's `page.pdf`. */
export function scenarioHtml(d: ScenarioSheetData, fontFaces: string): string {
	const s = d.shared;
	return (
		`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(s.scenario.nom)}</title><style>${fontFaces}` +
		`@page{size:A4 landscape;margin:8mm 10mm 12mm}` +
		`body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;color:#111;margin:0}` +
		`h1{font-size:13pt;margin:0 0 1mm}h2{font-size:9.5pt;margin:2mm 0 1mm}p{margin:0 0 1mm}` +
		`.sub{color:#333;font-size:7.5pt}.top{display:flex;gap:4mm;align-items:flex-start}.side{flex:1;min-width:0}` +
		`table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}` +
		`th,td{padding:0.6mm 1.2mm;border-bottom:0.2mm solid #ccc;text-align:right}th{font-weight:normal;text-align:left}` +
		`thead th{font-weight:bold;text-align:right}thead th:first-child{text-align:left}` +
		`tr.changed{background:#fef3c7}.changes td,.changes thead th{text-align:left}.changes td:nth-child(2){text-align:right}.legend{font-size:7.5pt}.legend svg{vertical-align:middle}` +
		`.places{font-size:7.5pt;margin-top:1mm}.sources{font-size:7pt;color:#333}` +
		`.page2{break-before:page}thead{display:table-header-group}tr{break-inside:avoid}` +
		`</style></head><body>` +
		`<h1>${esc(s.scenario.nom)} : ${esc(s.territoire.nom)}</h1>` +
		`<p class="sub">Scénario enregistré par ${esc(s.scenario.auteur)} le ${esc(formatDate(s.scenario.modifie_le))}, chiffres recalculés sur les données du ${esc(formatDate(d.printedOn.toISOString()))}. ${esc(s.regle)}</p>` +
		`<div class="top"><div>${mapsSvg(d)}${legend(d)}</div></div>` +
		`<div class="top"><div class="side">${figuresTable(s)}</div><div class="side">${changedPlaces(s)}</div></div>` +
		`<div class="page2">${changesTable(s)}${epciTable(s)}${sourcesSection(d)}</div>` +
		`</body></html>`
	);
}
