import { SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rfqFieldError, type DraftChange, type RfqDraft } from './rfq-draft';
import { RfqSuggestions } from './rfq-suggestions';
import type { Lang, VocabularyNode } from './vocabulary-types';

/** Step 1: what the buyer needs, in their words (English or Spanish), and what the catalog reads in them. */
export function RfqDescribeStep({ draft, onChange, error, language, nodes }: { draft: RfqDraft; onChange: DraftChange; error: unknown; language: Lang; nodes: Map<string, VocabularyNode> }) {
  const { t } = useTranslation('rfqs');
  return (
    <Stack gap="md">
      <TextInput label={t('fields.title')} description={t('fields.titleHint')} required maxLength={200} value={draft.title} onChange={(event) => onChange({ title: event.currentTarget.value })} error={rfqFieldError(error, 'title')} />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="rfq-language-label">
          {t('fields.descriptionLanguage')}
        </Text>
        <SegmentedControl
          aria-labelledby="rfq-language-label"
          data={[
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ]}
          value={draft.descriptionLanguage}
          onChange={(value) => onChange({ descriptionLanguage: value === 'es' ? 'es' : 'en' })}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <Textarea
        label={t('fields.description')}
        description={t('fields.descriptionHint')}
        autosize
        minRows={5}
        maxRows={16}
        maxLength={20000}
        lang={draft.descriptionLanguage}
        value={draft.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={rfqFieldError(error, 'description')}
      />
      <RfqSuggestions draft={draft} onChange={onChange} language={language} nodes={nodes} />
    </Stack>
  );
}
