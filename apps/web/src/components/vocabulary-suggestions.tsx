import { Badge, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogControllerSearch } from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { otherLanguage, type Lang, type Suggestion, type VocabularyNode } from './vocabulary-types';

// Enough to read through, few enough that the best ones are on screen; the API allows up to 50.
const SUGGESTION_LIMIT = 20;
// One request when the typing pauses, not one per keystroke.
const TYPING_PAUSE_MS = 250;

function SuggestionItem({ suggestion, language, family }: { suggestion: Suggestion; language: Lang; family?: VocabularyNode }) {
  const { t } = useTranslation('catalog');
  const other = otherLanguage(language);
  const { match } = suggestion;
  return (
    <Stack gap={2} component="li">
      <Group gap="xs" wrap="wrap" align="center">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {suggestion.name[language]}
        </Text>
        <Badge variant="outline">{t(`kinds.${suggestion.kind}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t(`languages.${other}`)}: <span lang={other}>{suggestion.name[other]}</span>
        {family && ` · ${t('search.family', { name: family.name[language] })}`}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t(`search.how.${match.how}`, {
          via: t(`search.via.${match.via}`),
          term: match.term,
          text: match.text ?? match.term,
          language: t(`languages.${match.language}`),
        })}
      </Text>
    </Stack>
  );
}

/** What the search route suggests for the query, best first, each with why it matched. */
export function VocabularySuggestions({ query, language, nodes }: { query: string; language: Lang; nodes: Map<string, VocabularyNode> }) {
  const { t } = useTranslation('catalog');
  const { run } = useSession();
  const [debounced] = useDebouncedValue(query.trim(), TYPING_PAUSE_MS);
  const [answer, setAnswer] = useState<{ query: string; suggestions: Suggestion[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!debounced) return;
    // A slower answer to an earlier query must not overwrite the answer to the current one.
    let current = true;
    run(() => catalogControllerSearch({ query: { q: debounced, limit: SUGGESTION_LIMIT } }))
      .then((result) => {
        if (!current) return;
        setAnswer({ query: debounced, suggestions: result.data });
        setError(null);
      })
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [debounced, run]);

  if (error) return <ErrorAlert error={error} />;
  // While the next answer is on its way the last one stays on screen: less flicker while typing.
  if (!answer) return <Text c="dimmed">{t('search.searching')}</Text>;
  return (
    <Stack gap="sm" aria-live="polite" aria-busy={answer.query !== debounced}>
      <Text size="sm" fw={600}>
        {answer.suggestions.length === 0 ? t('search.none') : t('search.count', { count: answer.suggestions.length, query: answer.query })}
      </Text>
      {answer.suggestions.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('search.resultsLabel')}>
          {answer.suggestions.map((suggestion) => (
            <SuggestionItem
              key={suggestion.code}
              suggestion={suggestion}
              language={language}
              family={suggestion.parent ? nodes.get(suggestion.parent) : undefined}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
