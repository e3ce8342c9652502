import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogControllerMatch } from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';
import type { Lang, MatchResult, VocabularyNode } from './vocabulary-types';

/** "What does this text map to": the entries a whole description mentions, and the words that matched. */
export function VocabularyMatchBox({ language, nodes }: { language: Lang; nodes: Map<string, VocabularyNode> }) {
  const { t } = useTranslation('catalog');
  const { run } = useSession();
  const [text, setText] = useState('');
  const { busy: matching, error, perform } = useAction();
  const [matches, setMatches] = useState<MatchResult[] | null>(null);

  const onMatch = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const matched = await perform(async () => {
      const result = await run(() => catalogControllerMatch({ query: { text: text.trim() } }));
      setMatches(result.data);
    });
    if (!matched) setMatches(null);
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="vocabulary-match-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="vocabulary-match-title">
          {t('match.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('match.hint')}
        </Text>
        <form onSubmit={(event) => void onMatch(event)}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('match.label')}
              placeholder={t('match.placeholder')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              style={{ flex: '1 1 220px', minWidth: 0 }}
            />
            <Button type="submit" loading={matching}>
              {t('match.submit')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={error} />
        {matches && (
          <div aria-live="polite">
            {matches.length === 0 ? (
              <Text>{t('match.none')}</Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('match.resultsLabel')}>
                {matches.map((match) => (
                  <Group key={`${match.code}-${match.matched}-${match.language}`} component="li" gap="xs" wrap="wrap" align="center">
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {nodes.get(match.code)?.name[language] ?? match.code}
                    </Text>
                    <Badge variant="outline">{t(`kinds.${match.kind}`)}</Badge>
                    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {t(`match.via.${match.via}`, { words: match.matched, language: t(`languages.${match.language}`) })}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </div>
        )}
      </Stack>
    </Card>
  );
}
