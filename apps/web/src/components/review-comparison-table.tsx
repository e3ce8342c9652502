import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewFieldComparisonResponse } from '../api/api-client';

/** A field's value as a reviewer reads it: text as is, lists joined, anything else as JSON. */
export function display(value: unknown, nothing: string): string {
  if (value === null || value === undefined || value === '') return nothing;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string' || typeof entry === 'number')) return value.join(', ');
  return JSON.stringify(value, null, 1);
}

/** Published beside proposed; a changed row says so in words and weight, not colour only. */
export function ReviewComparisonTable({ rows }: { rows: ReviewFieldComparisonResponse[] }) {
  const { t } = useTranslation('reviews');
  const nothing = t('item.nothing');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withTableBorder withColumnBorders data-testid="review-comparison">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('item.field')}</Table.Th>
            <Table.Th>{t('item.published')}</Table.Th>
            <Table.Th>{t('item.proposed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.field} data-changed={row.changed} bg={row.changed ? 'yellow.0' : undefined}>
              <Table.Td>
                <Text size="sm" fw={row.changed ? 700 : 400} component="span">
                  {row.field}
                </Text>{' '}
                {row.changed ? (
                  <Badge color="brand" variant="filled" size="sm">
                    {t('item.changed')}
                  </Badge>
                ) : (
                  <Text size="xs" c="dimmed" component="span">
                    {t('item.unchanged')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{display(row.published, nothing)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }} fw={row.changed ? 700 : 400}>
                {display(row.proposed, nothing)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
