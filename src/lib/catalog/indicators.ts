/**
 * The indicators the maps, tables and print show, and what is known of each: its name, its
 * scale (class breaks, unit, decimals, colours) and its sources. An indicator missing from
 * `INDICATOR_INFO` does not compile; every list of indicators is read from it, in its order.
 */
import { keysOf } from './keys';
import { DIVERGING_SCHEME, SEQUENTIAL_SCHEME } from './style';

export type IndicatorKey =
	| 'ifn'
	| 'ifn_thd'
	| 'ifn_4g'
	| 'ifn_pauvrete'
	| 'ifn_65plus'
	| 'ifn_diplomes'
	| 'illectronisme';

/** The scores of the IFN files (fields of the IFN record, see import/ifn.ts). */
export type IfnScore = 'total' | 'thd' | 'g4' | 'pauvrete' | 'plus65' | 'diplomes';

/** Classes of a value or of a gap to the reference average: breaks, unit, colours. */
export interface ClassScheme {
	/** Breaks between the 7 classes, fixed so that maps of different territories compare. */
	breaks: number[];
	/** Written after a number: ' %' after a rate, ' pt' after a gap between rates. */
	unit: string;
	colours: readonly string[];
}

/** How values of an indicator are classed, coloured and written. */
export interface IndicatorScale {
	values: ClassScheme;
	gaps: ClassScheme;
	/** Decimals of a written value: at least, at most. */
	digits: [number, number];
}

/** IFN scores: 0 to 10, 10 the most fragile, written "6,71". */
const SCORE: IndicatorScale = {
	values: { breaks: [4, 5, 6, 7, 8, 9], unit: '', colours: SEQUENTIAL_SCHEME },
	gaps: { breaks: [-2, -1, -0.25, 0.25, 1, 2], unit: '', colours: DIVERGING_SCHEME },
	digits: [2, 2]
};
/** Rates in percent, written "17,8 %" or "22 %". */
const RATE: IndicatorScale = {
	values: { breaks: [12, 14, 16, 18, 20, 22], unit: ' %', colours: SEQUENTIAL_SCHEME },
	gaps: { breaks: [-4, -2, -0.5, 0.5, 2, 4], unit: ' pt', colours: DIVERGING_SCHEME },
	digits: [0, 1]
};

export interface IndicatorInfo {
	label: string;
	scale: IndicatorScale;
	/** The IFN score it is read from; null when it does not come from the IFN files. */
	ifnScore: IfnScore | null;
	/** Keys in the source registry (import/sources.ts), the one a legend names first. */
	sources: string[];
}

const IFN_SOURCES = ['ifn-2023'];

export const INDICATOR_INFO: Record<IndicatorKey, IndicatorInfo> = {
	ifn: {
		label: 'Indice de fragilité numérique',
		scale: SCORE,
		ifnScore: 'total',
		sources: IFN_SOURCES
	},
	ifn_thd: { label: 'Sans très haut débit', scale: SCORE, ifnScore: 'thd', sources: IFN_SOURCES },
	ifn_4g: { label: 'Sans couverture 4G', scale: SCORE, ifnScore: 'g4', sources: IFN_SOURCES },
	ifn_pauvrete: { label: 'Pauvreté', scale: SCORE, ifnScore: 'pauvrete', sources: IFN_SOURCES },
	ifn_65plus: {
		label: 'Part des 65 ans et plus',
		scale: SCORE,
		ifnScore: 'plus65',
		sources: IFN_SOURCES
	},
	ifn_diplomes: {
		label: 'Part des peu ou pas diplômés',
		scale: SCORE,
		ifnScore: 'diplomes',
		sources: IFN_SOURCES
	},
	illectronisme: {
		label: 'Taux d’illectronisme',
		scale: RATE,
		ifnScore: null,
		sources: ['illectronisme-fne', 'illectronisme-insee-hdf', 'illectronisme-france']
	}
};

/** Every indicator, in the order of the catalogue (menus and tables). */
export const INDICATOR_KEYS: readonly IndicatorKey[] = keysOf(INDICATOR_INFO);

/** The indicators read from the IFN files, with the score each is read from. */
export const IFN_INDICATORS: [IndicatorKey, IfnScore][] = INDICATOR_KEYS.flatMap((k) => {
	const score = INDICATOR_INFO[k].ifnScore;
	return score ? [[k, score] as [IndicatorKey, IfnScore]] : [];
});

/** The IFN's five sub-scores (connectivity, poverty, age, diploma), beside the index itself. */
export type IfnSubIndicator = Exclude<IndicatorKey, 'ifn' | 'illectronisme'>;

/** The sub-scores, in the order of the catalogue. */
export const IFN_SUB_INDICATORS = IFN_INDICATORS.map(([k]) => k).filter(
	(k): k is IfnSubIndicator => k !== 'ifn'
);
