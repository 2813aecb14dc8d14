/**
 * The parameters of a map sheet and of a commune poster (parsed by `$lib/params/print`).
 */
import type { SheetFormat } from './sheet-layout';
import type { ThemeId } from './themes';

export interface SheetParams {
	/** Département code, EPCI SIREN (9 digits) or commune INSEE code (5 characters). */
	territoire: string;
	theme: ThemeId;
	format: SheetFormat;
	titre: string | null;
	sousTitre: string | null;
	bw: boolean;
	/** Page of a PNG or SVG export (a PDF holds every page): 1 is the map. */
	page: number;
}

export interface PosterParams {
	commune: string;
	bw: boolean;
}
