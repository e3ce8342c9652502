import { MxState } from './geography.types';
import { MX_STATE_ALIASES } from './mx-state-aliases';
import { loadMxStates } from './mx-states.loader';
import { nameKey } from './normalize-name';

let byKey: ReadonlyMap<string, MxState> | undefined;

function stateIndex(): ReadonlyMap<string, MxState> {
  if (!byKey) {
    const index = new Map<string, MxState>();
    for (const state of loadMxStates()) {
      for (const name of [state.name, state.abbreviation, ...(MX_STATE_ALIASES[state.code] ?? [])]) {
        index.set(nameKey(name), state);
      }
    }
    byKey = index;
  }
  return byKey;
}

/**
 * A state by INEGI code ("19", "9") or by name, abbreviation or common variant, ignoring accents, case
 * and punctuation. "México" alone means the State of Mexico (15), as INEGI names it, not the country.
 */
export function resolveMxState(query: string): MxState | undefined {
  const trimmed = query.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const code = trimmed.padStart(2, '0');
    return loadMxStates().find((s) => s.code === code);
  }
  return stateIndex().get(nameKey(trimmed));
}
