/**
 * The territorial dossier as one HTML document for Chromium to print: a cover, the table of
 * contents with page numbers, then the pages laid out by `paginate`. Semantic HTML (headings,
 * captions, `<th scope>`, maps as images with their alternative text) so that the tagged PDF
 * reads aloud; every text from data is escaped. Pure.
 */
import { escapeXml as esc } from './escape';
import { cellText, type DossierTable } from './dossier-tables';
import {
	DOSSIER_PAGE as P,
	DOSSIER_TYPE as T,
	paginate,
	type Block,
	type PlacedBlock
} from './dossier-pages';

export interface DossierDocument {
	/** "Alpes-de-Haute-Provence". */
	nom: string;
	/** "Département des Alpes-de-Haute-Provence (04)". */
	label: string;
	printedOn: string;
	/** The live page of the territory. */
	liveUrl: string;
	sources: { titre: string; producteur: string; licence: string | null; date: string }[];
	blocks: Block[];
}

/** The printed texts of a table row: what the PDF shows and the pagination measures. */
export function rowTexts(t: DossierTable, row: number): string[] {
	return t.rows[row].map((v, i) => cellText(v, t.columns[i].digits));
}

const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;

const CSS =
	`@page{size:A4 portrait;margin:0 0 ${mm(P.footer)} 0}` +
	`html,body{margin:0;padding:0;font-family:'DejaVu Sans',sans-serif;color:#1b1b1b;font-size:${mm(T.body)};line-height:${T.line}}` +
	`.page{box-sizing:border-box;width:${mm(P.width)};height:${mm(P.height - P.footer)};padding:${mm(P.margin)} ${mm(P.margin)} 0;overflow:hidden;break-after:page}` +
	`.page:last-child{break-after:auto}` +
	`h1{font-size:9mm;margin:60mm 0 4mm;color:#0a3d7a}h2{font-size:${mm(T.h2)};line-height:1.25;margin:0 0 6mm;color:#0a3d7a;border-bottom:0.4mm solid #0a3d7a}` +
	`h3{font-size:${mm(T.h3)};line-height:1.25;margin:0 0 3.5mm}p{margin:0 0 2mm}` +
	`table{width:100%;border-collapse:collapse;table-layout:fixed;font-size:${mm(T.table)};line-height:${T.line};margin-bottom:3mm}` +
	`caption{text-align:left;font-weight:bold;font-size:${mm(T.h3)};line-height:1.25;padding-bottom:3.5mm}` +
	`th,td{padding:${mm(T.cellPad)} ${mm(T.cellSide)};border-bottom:0.2mm solid #bbb;vertical-align:top;overflow-wrap:anywhere}` +
	`thead th{background:#e8eef6;text-align:left;border-bottom:0.4mm solid #0a3d7a;hyphens:manual}tbody th{text-align:left;font-weight:normal}.num{text-align:right}` +
	`tr.ref th,tr.ref td{background:#fff3cd;font-weight:bold;border-top:0.4mm solid #b8860b;border-bottom:0.4mm solid #b8860b}` +
	`figure{margin:0}figcaption{font-weight:bold;font-size:${mm(T.h3)};line-height:1.25;margin-bottom:3.5mm}` +
	`.map svg{display:block;width:100%;height:auto}.cover .sub{font-size:5mm;margin:0 0 20mm}` +
	`.toc ol{list-style:none;padding:0;margin:0}.toc li{display:flex;gap:2mm;margin:0 0 2mm}` +
	`.toc li.l3{padding-left:8mm;font-size:3mm}.toc .dots{flex:1;border-bottom:0.3mm dotted #888;margin-bottom:1.2mm}` +
	`.cover ul{padding-left:5mm}.small{font-size:3mm;color:#444}` +
	// only the print is read: no screen layout of 18 pages before the print's own (a fifth faster)
	`@media screen{body{display:none}}`;

function tableHtml(t: DossierTable, from: number, to: number): string {
	const cls = (i: number) => (t.columns[i].digits !== undefined ? ' class="num"' : '');
	const cols = t.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(1)}%">`).join('');
	const head = t.columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c.label)}</th>`).join('');
	const rows: string[] = [];
	for (let r = from; r < to; r++) {
		const cells = rowTexts(t, r).map((text, i) =>
			i === 0 ? `<th scope="row">${esc(text)}</th>` : `<td${cls(i)}>${esc(text)}</td>`
		);
		rows.push(`<tr${t.marked.includes(r) ? ' class="ref"' : ''}>${cells.join('')}</tr>`);
	}
	if (t.rows.length === 0)
		rows.push(`<tr><td colspan="${t.columns.length}">Aucune ligne pour ce territoire.</td></tr>`);
	const more = from > 0 ? ' (suite)' : '';
	return (
		`<table><caption>${esc(t.caption + more)}</caption><colgroup>${cols}</colgroup>` +
		`<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
	);
}

function blockHtml(b: PlacedBlock): string {
	switch (b.type) {
		case 'h2':
		case 'h3':
		case 'p':
			return `<${b.type}>${esc(b.text)}</${b.type}>`;
		case 'table':
			return tableHtml(b.table, b.from, b.to);
		case 'figure':
			// the sheet's own text stays inside; the figure is one image with its alternative text
			return (
				`<figure><figcaption>${esc(b.caption)}</figcaption>` +
				`<div class="map" role="img" aria-label="${esc(b.alt)}" style="width:${mm(b.widthMm)}">${b.svg}</div></figure>`
			);
	}
}

function cover(d: DossierDocument): string {
	const sources = d.sources
		.map(
			(s) =>
				`<li>${esc(s.titre)} — ${esc(s.producteur)}, ${esc(s.date)}${s.licence ? ` (${esc(s.licence)})` : ''}</li>`
		)
		.join('');
	return (
		`<section class="page cover"><h1>Dossier de territoire</h1>` +
		`<p class="sub">${esc(d.label)}</p>` +
		`<p>Diagnostic de l’inclusion numérique établi le ${esc(d.printedOn)} à partir des données ouvertes, ` +
		`avec les mêmes calculs que la carte en ligne : ${esc(d.liveUrl)}</p>` +
		`<h2>Sources</h2><ul class="small">${sources}</ul></section>`
	);
}

/**
 * The whole document and its page count. `svg` blocks are the print pipeline's own sheets,
 * already escaped where they hold data; they go in as they are.
 */
export function dossierHtml(
	d: DossierDocument,
	fontFaces: string
): { html: string; pages: number } {
	const { pages, toc } = paginate(d.blocks, rowTexts, 3);
	const items = toc
		.map(
			(e) =>
				`<li class="l${e.level}"><span>${esc(e.text)}</span><span class="dots" aria-hidden="true"></span><span>page ${e.page}</span></li>`
		)
		.join('');
	const body =
		cover(d) +
		`<section class="page toc"><h2>Sommaire</h2><ol>${items}</ol></section>` +
		pages.map((p) => `<section class="page">${p.map(blockHtml).join('')}</section>`).join('');
	const html =
		`<!doctype html><html lang="fr"><head><meta charset="utf-8">` +
		`<title>Dossier de territoire — ${esc(d.nom)}</title><style>${fontFaces}${CSS}</style></head>` +
		`<body>${body}</body></html>`;
	return { html, pages: pages.length + 2 };
}

/** Chromium's footer on every page: the dossier, the print date, the page number. */
export function dossierFooter(d: Pick<DossierDocument, 'nom' | 'printedOn'>): string {
	return (
		`<div style="font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#444;width:100%;` +
		`margin:0 ${mm(P.margin)};display:flex;justify-content:space-between">` +
		`<span>Dossier de territoire — ${esc(d.nom)} — imprimé le ${esc(d.printedOn)}</span>` +
		`<span>page <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
	);
}
