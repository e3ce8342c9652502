import type { TextToken } from './normalize';

/**
 * Words that start a part of the text saying what a plant does NOT do, or does only under a condition:
 * RETC's activity texts read "Producción de farmacéuticos; no incluyen empacado y etiquetado" or
 * "Otras autopartes (si incluye procesos térmicos o de fundición)", and DENUE's read "Fabricación de
 * muebles, excepto cocinas integrales". Matching inside such a part would claim the opposite of the text.
 * Compared on folded, unstemmed words.
 */
const CUES: readonly (readonly string[])[] = [
  ['no', 'incluye'],
  ['no', 'incluyen'],
  ['no', 'incluido'],
  ['no', 'incluidos'],
  ['excluye'],
  ['excluyen'],
  ['excluyendo'],
  ['excepto'],
  ['salvo'],
  ['si', 'incluye'],
  ['si', 'incluyen'],
  ['si', 'involucra'],
  ['solo', 'si'],
  ['cuando', 'existe'],
  ['cuando', 'existen'],
  ['cuando', 'incluye'],
  ['except'],
  ['excluding'],
  ['excludes'],
  ['not', 'including'],
  ['does', 'not', 'include'],
];

/** Such a part runs to the end of its clause: a closing parenthesis, a semicolon, a full stop or the end. */
const CLAUSE_END = /[);.]/;

/** Most words start no cue: one set look-up per word keeps matching fast. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(CUES.map((cue) => cue[0]));

function cueLengthAt(tokens: readonly TextToken[], position: number): number {
  if (!CUE_FIRST_WORDS.has(tokens[position].word)) return 0;
  for (const cue of CUES) {
    if (cue.every((word, offset) => tokens[position + offset]?.word === word)) return cue.length;
  }
  return 0;
}

/** Indexes of the tokens inside negated or conditional clauses, cue words included. */
export function excludedTokenIndexes(text: string, tokens: readonly TextToken[]): Set<number> {
  const excluded = new Set<number>();
  let inside = false;
  for (let position = 0; position < tokens.length; position += 1) {
    const gapBefore = position === 0 ? '' : text.slice(tokens[position - 1].end, tokens[position].start);
    if (CLAUSE_END.test(gapBefore)) inside = false;
    if (!inside && cueLengthAt(tokens, position) > 0) inside = true;
    if (inside) excluded.add(position);
  }
  return excluded;
}
