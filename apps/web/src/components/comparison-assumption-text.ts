import type { LandedBreakdown } from '../api/comparison';
import { calendarDate } from './comparison-figures';
import type { Translate } from './quote-figures';

type Assumption = LandedBreakdown['assumptions'][number];

/** A documented default's source in the reader's words (`documentedSources.<code>`); a configured one as written. */
export function documentedSource(t: Translate, sourceCode: string | undefined, source: string): string {
  return sourceCode ? t(`documentedSources.${sourceCode}`, { defaultValue: source }) : source;
}

/**
 * An assumption of the landed cost in the reader's language: its stable code's text (`assumptionTexts.<code>`)
 * with its params, the words among them (a place kind, leg kinds, yes/no, a date) translated too. Sources an
 * operator configured, or a rate's source, are params and read as written. A comparison frozen before codes
 * existed has none: its English text is shown.
 */
export function assumptionText(t: Translate, assumption: Assumption): { value: string; source: string } {
  const { code, params } = assumption;
  if (!code || !params || !t(`assumptionTexts.${code}.value`, { defaultValue: '' })) return { value: assumption.value, source: assumption.source };
  const words: Record<string, string> = { ...params };
  if (params['kind']) words['kind'] = t(`placeKinds.${params['kind']}`, { defaultValue: params['kind'] });
  if (params['matched']) words['matched'] = t(`placeMatches.${params['matched']}`, { defaultValue: params['matchedBy'] ?? '' });
  if (params['legs'] !== undefined) words['legs'] = params['legs'] === 'none' ? t('assumptionWords.none') : params['legs'].split(', ').map((leg) => t(`breakdown.legs.${leg}`)).join(', ');
  if (params['canCertify']) words['canCertify'] = t(`assumptionWords.${params['canCertify']}`);
  if (params['date'] && /^\d{4}-\d{2}-\d{2}$/.test(params['date'])) words['date'] = calendarDate(params['date']);
  if (params['sourceCode']) words['source'] = documentedSource(t, params['sourceCode'], params['source'] ?? '');
  if (params['portsSourceCode']) words['portsSource'] = documentedSource(t, params['portsSourceCode'], params['portsSource'] ?? '');
  if (params['kmPerDay'] === 'default') words['kmPerDay'] = t('assumptionWords.default');
  // Figures and sources are data: never HTML-escaped twice (React escapes), never re-interpolated.
  const options = { ...words, interpolation: { escapeValue: false } };
  return { value: t(`assumptionTexts.${code}.value`, options), source: t(`assumptionTexts.${code}.source`, options) };
}
