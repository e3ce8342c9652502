import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supplierProfileControllerSuggestions, type CapabilitySuggestionResponse } from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import type { Draft, DraftChange } from './supplier-draft';
import { useAction } from './use-action';
import type { Lang } from './vocabulary-types';

const LIST_OF = { process: 'processes', material: 'materials', industry: 'industries' } as const;

/** "Suggest from the description": the codes the description mentions, each accepted with one tap. */
export function SupplierSuggestions({ draft, onChange, language }: { draft: Draft; onChange: DraftChange; language: Lang }) {
  const { t } = useTranslation('suppliers');
  const { run } = useSession();
  const { busy, error, perform } = useAction();
  const [suggestions, setSuggestions] = useState<CapabilitySuggestionResponse[] | null>(null);
  const text = [draft.descriptionEs, draft.descriptionEn].filter((part) => part.trim()).join('\n').slice(0, 5000);
  const chosen = (suggestion: CapabilitySuggestionResponse) => draft[LIST_OF[suggestion.kind]].includes(suggestion.code);
  const pending = (suggestions ?? []).filter((suggestion) => !chosen(suggestion));

  const accept = (accepted: CapabilitySuggestionResponse[]) => {
    const patch: Partial<Draft> = {};
    for (const suggestion of accepted) {
      const list = LIST_OF[suggestion.kind];
      patch[list] = [...new Set([...(patch[list] ?? draft[list]), suggestion.code])];
    }
    onChange(patch);
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          variant="light"
          leftSection={<IconSparkles size={16} aria-hidden />}
          loading={busy}
          disabled={!text}
          // A long label in Spanish wraps on a narrow phone instead of being cut.
          h="auto"
          py={8}
          styles={{ label: { whiteSpace: 'normal' } }}
          onClick={() =>
            void perform(async () => {
              const result = await run(() => supplierProfileControllerSuggestions({ query: { text } }));
              setSuggestions(result.data);
            })
          }
        >
          {t('capabilities.suggest')}
        </Button>
        {pending.length > 1 && (
          <Button variant="subtle" onClick={() => accept(pending)}>
            {t('capabilities.acceptAll', { count: pending.length })}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      {suggestions && (
        <div aria-live="polite">
          {suggestions.length === 0 ? (
            <Text size="sm">{t('capabilities.noSuggestions')}</Text>
          ) : (
            <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('capabilities.suggestionsLabel')}>
              {suggestions.map((suggestion) => (
                <Group key={suggestion.code} component="li" gap="xs" wrap="wrap" justify="space-between">
                  <Stack gap={0} style={{ minWidth: 0, flex: '1 1 180px' }}>
                    <Group gap={6}>
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {suggestion.name[language]}
                      </Text>
                      <Badge variant="outline" size="sm">
                        {t(`capabilities.kind.${suggestion.kind}`)}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {t('capabilities.evidence', { words: suggestion.evidence })}
                    </Text>
                  </Stack>
                  {chosen(suggestion) ? (
                    <Text size="sm" c="brand.8" fw={600}>
                      {t('capabilities.added')}
                    </Text>
                  ) : (
                    <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => accept([suggestion])} aria-label={t('capabilities.acceptOne', { name: suggestion.name[language] })}>
                      {t('capabilities.accept')}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          )}
        </div>
      )}
    </Stack>
  );
}
