import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, type ApiError } from '../api/api-client';
import { currentLanguage } from '../i18n/i18n';

/**
 * One detail of an API error in the reader's language. The API words details in English, so the web app
 * translates them by their stable `issue`; an issue it has no words for shows the API's own message to an
 * English reader and a generic "not valid" to anyone else, never English in a Spanish page.
 */
function detailMessage(detail: ApiError['details'][number]): string {
  const fallback = currentLanguage() === 'en' ? detail.message : i18next.t('error-details:generic');
  return i18next.t(`error-details:${detail.issue}`, { defaultValue: fallback });
}

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
            <List.Item key={index}>{detail.field ? `${detail.field}: ${detailMessage(detail)}` : detailMessage(detail)}</List.Item>
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

/** The message of one field's error, in the reader's language, to show under that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiRequestError)) return undefined;
  const detail = error.error.details.find((candidate) => candidate.field === field);
  return detail && detailMessage(detail);
}
