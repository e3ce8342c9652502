import { ActionIcon, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RFQ_UNITS, type RfqUnit } from '../api/rfqs';
import { emptyLine, rfqFieldError, type DraftChange, type LineDraft, type NumberField, type RfqDraft } from './rfq-draft';
import { VocabularyPicker } from './vocabulary-picker';
import type { Lang, VocabularyTree } from './vocabulary-types';

// The API's limits: up to 10 quantity breaks per line.
const MAX_BREAKS = 10;
const asNumber = (value: string | number): NumberField => (typeof value === 'number' ? value : value.trim() === '' ? '' : Number(value));

function LineCard({ line, index, count, onLine, onRemove, error, tree, language }: { line: LineDraft; index: number; count: number; onLine: (patch: Partial<LineDraft>) => void; onRemove: () => void; error: unknown; tree: VocabularyTree | null; language: Lang }) {
  const { t } = useTranslation('rfqs');
  const at = `lines[${index}]`;
  const headingId = `rfq-line-${line.key}`;
  const setBreak = (position: number, value: NumberField) => onLine({ quantities: line.quantities.map((quantity, candidate) => (candidate === position ? value : quantity)) });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h4" id={headingId}>
            {t('lines.lineTitle', { number: index + 1, name: line.partName })}
          </Title>
          {count > 1 && (
            <Button variant="subtle" color="red.9" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={onRemove}>
              {t('lines.remove')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('lines.partName')} required maxLength={200} value={line.partName} onChange={(event) => onLine({ partName: event.currentTarget.value })} error={rfqFieldError(error, `${at}.partName`)} />
          <TextInput label={t('lines.partNumber')} maxLength={100} value={line.partNumber} onChange={(event) => onLine({ partNumber: event.currentTarget.value })} error={rfqFieldError(error, `${at}.partNumber`)} />
        </SimpleGrid>
        {tree ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <VocabularyPicker kind="processes" tree={tree} language={language} value={line.processes} onChange={(processes) => onLine({ processes })} error={rfqFieldError(error, `${at}.processes`)} label={t('lines.processes')} />
            <VocabularyPicker kind="materials" tree={tree} language={language} value={line.materials} onChange={(materials) => onLine({ materials })} error={rfqFieldError(error, `${at}.materials`)} label={t('lines.materials')} />
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t('states.loadingVocabulary')}</Text>
        )}
        <Stack gap={6} role="group" aria-labelledby={`${headingId}-breaks`}>
          <Text size="sm" fw={500} id={`${headingId}-breaks`}>
            {t('lines.quantities')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('lines.quantitiesHint')}
          </Text>
          <Group gap="xs" align="flex-start">
            {line.quantities.map((quantity, position) => (
              <Group key={position} gap={2} wrap="nowrap" align="flex-end">
                <NumberInput
                  aria-label={t('lines.quantityBreak', { number: position + 1, line: index + 1 })}
                  min={1}
                  max={1_000_000_000}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator=","
                  w={120}
                  value={quantity}
                  onChange={(value) => setBreak(position, asNumber(value))}
                />
                {line.quantities.length > 1 && (
                  <ActionIcon variant="subtle" color="gray.8" size="lg" aria-label={t('lines.removeBreak', { number: position + 1 })} onClick={() => onLine({ quantities: line.quantities.filter((_, candidate) => candidate !== position) })}>
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {line.quantities.length < MAX_BREAKS && (
              <Button variant="subtle" size="sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onLine({ quantities: [...line.quantities, ''] })}>
                {t('lines.addBreak')}
              </Button>
            )}
          </Group>
          {rfqFieldError(error, `${at}.quantities`) && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              {rfqFieldError(error, `${at}.quantities`)}
            </Text>
          )}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('lines.unit')}
            data={RFQ_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
            value={line.unit}
            onChange={(value) => onLine({ unit: (RFQ_UNITS.find((unit) => unit === value) ?? 'pcs') as RfqUnit })}
            allowDeselect={false}
            error={rfqFieldError(error, `${at}.unit`)}
          />
          <NumberInput
            label={t('lines.unitsPerTruckload')}
            description={t('lines.unitsPerTruckloadHint')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={line.unitsPerTruckload}
            onChange={(value) => onLine({ unitsPerTruckload: asNumber(value) })}
            error={rfqFieldError(error, `${at}.unitsPerTruckload`)}
          />
        </SimpleGrid>
        <Textarea label={t('lines.notes')} autosize minRows={2} maxLength={5000} value={line.notes} onChange={(event) => onLine({ notes: event.currentTarget.value })} error={rfqFieldError(error, `${at}.notes`)} />
      </Stack>
    </Card>
  );
}

/** Step 2: the parts, each with its processes, materials and quantity breaks. */
export function RfqLinesStep({ draft, onChange, error, tree, language }: { draft: RfqDraft; onChange: DraftChange; error: unknown; tree: VocabularyTree | null; language: Lang }) {
  const { t } = useTranslation('rfqs');
  const linesError = rfqFieldError(error, 'lines') && !draft.lines.some((_, index) => rfqFieldError(error, `lines[${index}]`)) ? rfqFieldError(error, 'lines') : undefined;
  return (
    <Stack gap="md">
      {draft.lines.map((line, index) => (
        <LineCard
          key={line.key}
          line={line}
          index={index}
          count={draft.lines.length}
          onLine={(patch) => onChange({ lines: draft.lines.map((candidate) => (candidate.key === line.key ? { ...candidate, ...patch } : candidate)) })}
          onRemove={() => onChange({ lines: draft.lines.filter((candidate) => candidate.key !== line.key) })}
          error={error}
          tree={tree}
          language={language}
        />
      ))}
      {linesError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {linesError}
        </Text>
      )}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange({ lines: [...draft.lines, emptyLine()] })}>
          {t('lines.add')}
        </Button>
      </Group>
    </Stack>
  );
}
