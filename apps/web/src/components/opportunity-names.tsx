import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import type { VocabularyNode } from './vocabulary-types';

/** A vocabulary code's name in the reader's language; the code itself while the vocabulary loads (or if it is unknown). */
export type NameOf = (code: string) => string;

export function useNameOf(nodes: Map<string, VocabularyNode>): NameOf {
  const language = currentLanguage();
  return useCallback((code: string) => nodes.get(code)?.name[language] ?? code, [nodes, language]);
}

/** "1,000 · 5,000 · 10,000 pcs": one line's quantity breaks in its unit. */
export function useQuantitiesText(): (quantities: number[], unit: string) => string {
  const { t } = useTranslation('opportunities');
  return useCallback(
    (quantities: number[], unit: string) => `${quantities.map(formatNumber).join(' · ')} ${t(`units.${unit}`, { defaultValue: unit })}`,
    [t],
  );
}
