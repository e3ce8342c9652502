import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/api-client';

/** Shows an API error in place, in the reader's language, naming the fields at fault. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation(['errors', 'common']);
  if (!error) return null;
  const api = error instanceof ApiRequestError ? error.error : null;
  const title = api ? t(`errors:${api.code}`, { defaultValue: api.message }) : t('common:errors.title');
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      {api && api.details.length > 0 && (
        <List size="sm">
          {api.details.map((detail, index) => (
            <List.Item key={index}>{detail.field ? `${detail.field}: ${detail.message}` : detail.message}</List.Item>
          ))}
        </List>
      )}
      {api?.requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('common:errors.requestId', { requestId: api.requestId })}
        </Text>
      )}
      {!api && <Text size="sm">{String((error as Error).message ?? error)}</Text>}
    </Alert>
  );
}

/** The message of one field's error, to show under that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiRequestError)) return undefined;
  return error.error.details.find((detail) => detail.field === field)?.message;
}
