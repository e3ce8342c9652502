import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { supplierDocumentsControllerRemove, type DocumentResponse } from '../api/api-client';
import { downloadSupplierDocument } from '../api/upload';
import { formatDate, formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { DocumentUploader } from './document-uploader';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

// Suppliers upload these; an audit report is attached by an admin after a site visit.
const KINDS = ['certificate', 'photo', 'other'] as const;

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${formatNumber(Math.ceil(bytes / 1024))} KB` : `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`);

/** Certificates and photos: upload with a progress bar, list, delete. */
export function SupplierDocumentsSection({ documents, onChanged }: { documents: DocumentResponse[]; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('suppliers');
  const { run, accessToken } = useSession();
  const remove = useAction();
  const download = useAction();

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('documents.hint')}
      </Text>
      <DocumentUploader kinds={KINDS} onUploaded={onChanged} />
      {documents.length === 0 ? (
        <Text c="dimmed">{t('documents.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('documents.listLabel')}>
          {documents.map((document) => (
            <Group key={document.id} component="li" justify="space-between" gap="xs" wrap="wrap">
              <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {document.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[t(`documents.kinds.${document.kind}`), size(document.sizeBytes), formatDate(document.createdAt)].join(' · ')}
                </Text>
              </Stack>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="outline"
                  leftSection={<IconDownload size={14} aria-hidden />}
                  loading={download.busy}
                  aria-label={t('documents.downloadOne', { name: document.name })}
                  onClick={() => void download.perform(() => downloadSupplierDocument({ document, accessToken: accessToken(), language: currentLanguage() }))}
                >
                  {t('documents.download')}
                </Button>
                {document.kind !== 'audit_report' && (
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    loading={remove.busy}
                    aria-label={t('documents.removeOne', { name: document.name })}
                    onClick={() =>
                      void remove.perform(async () => {
                        await run(() => supplierDocumentsControllerRemove({ path: { documentId: document.id } }));
                        await onChanged();
                      })
                    }
                  >
                    {t('remove')}
                  </Button>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <ErrorAlert error={download.error} />
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}
