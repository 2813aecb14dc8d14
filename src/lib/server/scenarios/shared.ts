/**
 * What the read-only page and the print of a saved scenario show: its name and author, the places
 * it switches off and the sites it opens in words, the communes (for the map) and the result of
 * the evaluation on today's data.
 */
import type Database from 'better-sqlite3';
import type { ScenarioResult } from '../../analysis/scenarios/evaluate';
import { HELP_KINDS, KIND_INFO, isHelpKind } from '../../catalog/kinds';
import { REFERENCE_INFO } from '../../catalog/references';
import { formatDecimal } from '../../labels';
import type { ScenarioRow } from '../../types/rows';
import type { TerritoryRef } from '../../types/territory';
import { scenarioEditorData, type ScenarioEditorData } from './editor';
import type { AddedSite } from './evaluate';
import { savedScenario } from './saved';
import { storedLostCount } from '../../params/saved-scenario';

export interface SharedScenario {
	scenario: Pick<ScenarioRow, 'id' | 'nom' | 'auteur' | 'cree_le' | 'modifie_le' | 'jeton'>;
	territoire: TerritoryRef;
	/** The rule in words: distance, kinds counted, reference. */
	regle: string;
	retires: { id: number; nom: string; type: string; commune: string | null }[];
	/** Type in words, commune by name; a bus's stops with their days. */
	ajoutes: (Omit<AddedSite, 'communeNom' | 'type'> & { type: string })[];
	/** Places it switched off that today's data no longer holds (not among `retires`). */
	disparus: number;
	communes: ScenarioEditorData['communes'];
	result: ScenarioResult;
}

/** A shared scenario, or why not: none saved (`row: null`), or one that no longer evaluates. */
export type SharedLookup =
	| { ok: true; value: SharedScenario }
	| {
			ok: false;
			row: Pick<
				ScenarioRow,
				'id' | 'nom' | 'auteur' | 'territoire' | 'modifie_le' | 'jeton'
			> | null;
			error: string;
	  };

const kindLabel = (k: string) => (isHelpKind(k) ? KIND_INFO[k].label : k);

/** A saved scenario ready to show, or why it cannot be. */
export async function sharedScenario(db: Database.Database, id: number): Promise<SharedLookup> {
	const saved = await savedScenario(db, id);
	if (!saved.ok) return saved;
	const { row, request, answer } = saved.value;
	const editor = await scenarioEditorData(db, row.territoire);
	if (!editor)
		return {
			ok: false,
			row,
			error: `Ce scénario ne peut plus être recalculé : le territoire ${row.territoire} n’est pas dans les données du jour.`
		};
	const names = new Map(editor.communes.map((c) => [c.code, c]));
	const removed = new Set(request.retirer);
	const p = answer.params;
	const allKinds = p.types.length === HELP_KINDS.length;
	const retires = editor.places
		.filter((pl) => removed.has(pl.id))
		.map((pl) => ({
			id: pl.id,
			nom: pl.nom,
			type: kindLabel(pl.kind),
			commune: pl.code_insee ? (names.get(pl.code_insee)?.nom ?? pl.code_insee) : null
		}));
	const value: SharedScenario = {
		scenario: {
			id: row.id,
			nom: row.nom,
			auteur: row.auteur,
			cree_le: row.cree_le,
			modifie_le: row.modifie_le,
			jeton: row.jeton
		},
		territoire: answer.territoire,
		regle:
			`Aide à moins de ${formatDecimal(p.seuilKm)} km par la route (estimée) ; ` +
			(allKinds
				? 'tous les types de lieux comptent'
				: `lieux comptés : ${p.types.map(kindLabel).join(', ')}`) +
			` ; zone blanche : commune au-delà de la moyenne ${REFERENCE_INFO[p.reference].adjective} sans aide à portée.`,
		retires,
		disparus: removed.size - retires.length + storedLostCount(row.contenu),
		ajoutes: answer.ajoutes.map(({ communeNom, ...a }) => ({
			...a,
			type: kindLabel(a.type),
			commune: communeNom
		})),
		communes: editor.communes,
		result: {
			before: answer.before,
			after: answer.after,
			changes: answer.changes,
			addedIds: answer.addedIds,
			zonesBlanches: answer.zonesBlanches
		}
	};
	return { ok: true, value };
}
