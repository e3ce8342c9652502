import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { otherLanguage, type Lang, type VocabularyNode } from './vocabulary-types';

/** One entry: its name in the reader's language, the other language's name, and every synonym. */
export function VocabularyEntryItem({ entry, language }: { entry: VocabularyNode; language: Lang }) {
  const { t } = useTranslation('catalog');
  const other = otherLanguage(language);
  const synonyms = [...entry.synonyms[language], ...entry.synonyms[other]];
  return (
    <Stack gap={2} component="li">
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {entry.name[language]}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t(`languages.${other}`)}: <span lang={other}>{entry.name[other]}</span>
      </Text>
      {synonyms.length > 0 && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('browse.synonyms')}: {synonyms.join(', ')}
        </Text>
      )}
    </Stack>
  );
}

export function VocabularyEntryList({ entries, language }: { entries: VocabularyNode[]; language: Lang }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((entry) => (
        <VocabularyEntryItem key={entry.code} entry={entry} language={language} />
      ))}
    </Stack>
  );
}
