import { Anchor, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { catalogControllerTree } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { VocabularyMatchBox } from '../components/vocabulary-match-box';
import { VocabularySuggestions } from '../components/vocabulary-suggestions';
import { VocabularyTabs } from '../components/vocabulary-tabs';
import { nodesByCode, type Lang, type VocabularyNode, type VocabularyTree } from '../components/vocabulary-types';
import { useSession } from '../session/session';

// The search route refuses longer queries; the box stops there instead of showing an error.
const MAX_QUERY_LENGTH = 200;

/** The public capabilities page: map a text to the vocabulary, search it with suggestions, browse it. */
export function VocabularyPage() {
  const { t, i18n } = useTranslation('catalog');
  const { run } = useSession();
  const language: Lang = i18n.language === 'es' ? 'es' : 'en';
  const [tree, setTree] = useState<VocabularyTree | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    let active = true;
    run(() => catalogControllerTree())
      .then((result) => active && setTree(result))
      .catch((error: unknown) => active && setLoadError(error));
    return () => {
      active = false;
    };
  }, [run]);

  const nodes = useMemo(() => (tree ? nodesByCode(tree) : new Map<string, VocabularyNode>()), [tree]);

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
        <Anchor component={Link} to="/transit" size="sm">
          {t('transit.link')}
        </Anchor>
      </Stack>

      <VocabularyMatchBox language={language} nodes={nodes} />

      <Stack gap="sm" component="section" aria-labelledby="vocabulary-browse-title">
        <Title order={2} size="h3" id="vocabulary-browse-title">
          {t('browse.title')}
        </Title>
        {loadError ? (
          <ErrorAlert error={loadError} />
        ) : !tree ? (
          <Loader aria-label={t('browse.loading')} />
        ) : (
          <>
            <TextInput
              type="search"
              label={t('search.label')}
              description={t('search.hint')}
              placeholder={t('search.placeholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              maxLength={MAX_QUERY_LENGTH}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
            />
            {query.trim() ? (
              <VocabularySuggestions query={query} language={language} nodes={nodes} />
            ) : (
              <VocabularyTabs tree={tree} language={language} />
            )}
          </>
        )}
      </Stack>
    </Stack>
  );
}
