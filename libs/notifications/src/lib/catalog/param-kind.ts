import type { Money } from '@puente/platform';

/** What a notification parameter holds; the kind decides how its value is checked and formatted. */
export type ParamKind = 'text' | 'url' | 'date' | 'datetime' | 'money' | 'number';

export const PARAM_KINDS: readonly ParamKind[] = ['text', 'url', 'date', 'datetime', 'money', 'number'];

/**
 * The value a caller passes for a kind. Dates travel as ISO 8601 strings because parameters are
 * stored as JSON (outbox payloads, in-app rows) before they are rendered.
 */
export type ParamValue<K extends ParamKind> = K extends 'money' ? Money : K extends 'number' ? number : string;

export type ParamValues<P extends Record<string, ParamKind>> = { [Name in keyof P]: ParamValue<P[Name]> };
