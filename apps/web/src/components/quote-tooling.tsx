import { Button, Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TOOLING_OWNERS, type Currency } from '../api/quotes';
import type { RfqLine } from '../api/opportunities';
import { locale } from '../i18n/format';
import { emptyTooling, type ToolingDraft } from './quote-draft';
import type { FormErrors } from './quote-form-errors';
import { formatDecimalMoney } from './quote-figures';
import { normalizeAmount, sumAmounts } from './quote-money';

// The API's limit on tooling rows.
const MAX_TOOLING = 20;

/** Tooling: one-off costs (a die, a mold, a fixture), each with the lines it serves and who owns it once paid. */
export function QuoteTooling({ rfqLines, tooling, currency, onTooling, errors }: { rfqLines: RfqLine[]; tooling: ToolingDraft[]; currency: Currency; onTooling: (tooling: ToolingDraft[]) => void; errors: FormErrors }) {
  const { t } = useTranslation('quote');
  const setRow = (key: string, patch: Partial<ToolingDraft>) => onTooling(tooling.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const lineName = (index: number) => t('where.line', { number: index + 1, name: rfqLines[index]?.partName ?? '' });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('tooling.intro')}
      </Text>
      {tooling.map((row, index) => {
        const headingId = `tooling-${row.key}`;
        const at = `tooling.${index}`;
        return (
          <Paper key={row.key} withBorder radius="sm" p="sm" component="section" aria-labelledby={headingId} data-testid="quote-tooling">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Title order={3} size="h5" id={headingId}>
                  {t('where.tooling', { number: index + 1 })}
                </Title>
                <Button variant="subtle" color="red.9" c="red.9" size="xs" leftSection={<IconTrash size={14} aria-hidden />} aria-label={t('tooling.removeOne', { number: index + 1 })} onClick={() => onTooling(tooling.filter((candidate) => candidate.key !== row.key))}>
                  {t('tooling.remove')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <TextInput label={t('tooling.description')} required maxLength={300} value={row.description} onChange={(event) => setRow(row.key, { description: event.currentTarget.value })} error={errors.at(`${at}.description`)} />
                <TextInput
                  label={t('tooling.costIn', { currency })}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.cost}
                  onChange={(event) => setRow(row.key, { cost: event.currentTarget.value.replace(/[^\d.,\s]/g, '') })}
                  error={errors.at(`${at}.cost`)}
                />
              </SimpleGrid>
              <Checkbox.Group label={t('tooling.rfqLineIds')} value={row.rfqLineIds} onChange={(rfqLineIds) => setRow(row.key, { rfqLineIds })} error={errors.at(`${at}.rfqLineIds`)} required>
                <Stack gap={6} mt={4}>
                  {rfqLines.map((line, lineIndex) => (
                    <Checkbox key={line.id} value={line.id} label={lineName(lineIndex)} />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Radio.Group label={t('tooling.owner')} value={row.owner} onChange={(value) => setRow(row.key, { owner: TOOLING_OWNERS.find((owner) => owner === value) ?? 'buyer' })} error={errors.at(`${at}.owner`)}>
                <Group gap="md" mt={4}>
                  {TOOLING_OWNERS.map((owner) => (
                    <Radio key={owner} value={owner} label={t(`tooling.owners.${owner}`)} />
                  ))}
                </Group>
              </Radio.Group>
            </Stack>
          </Paper>
        );
      })}
      <Group justify="space-between" gap="sm">
        {tooling.length < MAX_TOOLING && (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onTooling([...tooling, emptyTooling(rfqLines.length === 1 && rfqLines[0] ? [rfqLines[0].id] : [])])}>
            {t('tooling.add')}
          </Button>
        )}
        {tooling.length > 0 && (
          <Text fw={600} data-testid="quote-tooling-total">
            {t('tooling.total', { amount: formatDecimalMoney(sumAmounts(tooling.map((row) => normalizeAmount(row.cost))), currency, locale(), 2) })}
          </Text>
        )}
      </Group>
      {errors.at('tooling') && (
        <Text size="sm" c="var(--mantine-color-error)">
          {errors.at('tooling')}
        </Text>
      )}
    </Stack>
  );
}
