import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogControllerMatch, type TextMatchResponse } from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import type { DraftChange, RfqDraft } from './rfq-draft';
import { useAction } from './use-action';
import type { Lang, VocabularyNode } from './vocabulary-types';

// What an RFQ can hold from the catalog's text mapping: processes and materials per line, certifications for the RFQ.
type Usable = TextMatchResponse & { kind: 'process-family' | 'process' | 'material' | 'certification' };
const usable = (match: TextMatchResponse): match is Usable => match.kind !== 'industry';

/**
 * "Suggest from the description": the catalog reads the text (English or Spanish) and names the processes,
 * materials and certifications it mentions; the buyer accepts each one, into the line they choose.
 */
export function RfqSuggestions({ draft, onChange, language, nodes }: { draft: RfqDraft; onChange: DraftChange; language: Lang; nodes: Map<string, VocabularyNode> }) {
  const { t } = useTranslation('rfqs');
  const { run } = useSession();
  const { busy, error, perform } = useAction();
  const [matches, setMatches] = useState<Usable[] | null>(null);
  const [target, setTarget] = useState(0);
  const text = [draft.title, draft.description].filter((part) => part.trim()).join('\n').slice(0, 5000);
  const line = draft.lines[Math.min(target, draft.lines.length - 1)];

  const accepted = (match: Usable) => {
    if (match.kind === 'certification') return draft.certifications.includes(match.code);
    if (!line) return false;
    return (match.kind === 'material' ? line.materials : line.processes).includes(match.code);
  };

  const accept = (match: Usable) => {
    if (match.kind === 'certification') {
      onChange({ certifications: [...draft.certifications, match.code] });
      return;
    }
    const index = Math.min(target, draft.lines.length - 1);
    onChange({
      lines: draft.lines.map((candidate, at) => {
        if (at !== index) return candidate;
        return match.kind === 'material' ? { ...candidate, materials: [...candidate.materials, match.code] } : { ...candidate, processes: [...candidate.processes, match.code] };
      }),
    });
  };

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        <Button
          variant="light"
          leftSection={<IconSparkles size={16} aria-hidden />}
          loading={busy}
          disabled={!text}
          h="auto"
          py={8}
          styles={{ label: { whiteSpace: 'normal' } }}
          onClick={() =>
            void perform(async () => {
              const result = await run(() => catalogControllerMatch({ query: { text } }));
              // One entry per code: the text may name a process twice, in two words.
              const seen = new Set<string>();
              setMatches(result.data.filter(usable).filter((match) => !seen.has(match.code) && Boolean(seen.add(match.code))));
            })
          }
        >
          {t('wizard.suggest')}
        </Button>
        {draft.lines.length > 1 && matches && matches.length > 0 && (
          <Select
            label={t('wizard.suggestInto')}
            data={draft.lines.map((candidate, index) => ({ value: String(index), label: t('lines.lineTitle', { number: index + 1, name: candidate.partName || '' }) }))}
            value={String(Math.min(target, draft.lines.length - 1))}
            onChange={(value) => setTarget(Number(value ?? 0))}
            allowDeselect={false}
            style={{ flex: '1 1 180px' }}
          />
        )}
      </Group>
      <ErrorAlert error={error} />
      {matches && (
        <div aria-live="polite">
          {matches.length === 0 ? (
            <Text size="sm">{t('wizard.noSuggestions')}</Text>
          ) : (
            <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('wizard.suggestionsLabel')}>
              {matches.map((match) => {
                const name = nodes.get(match.code)?.name[language] ?? match.code;
                const done = accepted(match);
                return (
                  <Group key={match.code} component="li" gap="xs" wrap="wrap" justify="space-between">
                    <Stack gap={0} style={{ minWidth: 0, flex: '1 1 180px' }}>
                      <Group gap={6}>
                        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {name}
                        </Text>
                        <Badge variant="outline" size="sm">
                          {t(`wizard.kind.${match.kind}`)}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {t('wizard.evidence', { words: match.matched })}
                      </Text>
                    </Stack>
                    <Button size="xs" variant={done ? 'subtle' : 'outline'} disabled={done} leftSection={done ? undefined : <IconPlus size={14} aria-hidden />} onClick={() => accept(match)} aria-label={done ? t('wizard.added', { name }) : t('wizard.add', { name })}>
                      {done ? t('wizard.addedShort') : t('wizard.addShort')}
                    </Button>
                  </Group>
                );
              })}
            </Stack>
          )}
        </div>
      )}
    </Stack>
  );
}
