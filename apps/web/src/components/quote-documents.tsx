import { ActionIcon, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { IconFileTypePdf, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadQuoteDocument } from '../api/quotes';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import type { QuoteDocument } from './quote-draft';
import { fileSize } from './rfq-attachments';
import { useAction } from './use-action';

/**
 * The supplier's own quote documents (PDF): uploaded at once with a progress bar, carried by the revision being
 * written; one can be left out of it (the file stays with the RFQ's other quote documents).
 */
export function QuoteDocuments({ rfqId, documents, onDocuments, error }: { rfqId: string; documents: QuoteDocument[]; onDocuments: (documents: QuoteDocument[]) => void; error?: string }) {
  const { t } = useTranslation('quote');
  const { accessToken } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useAction();

  const send = () =>
    file &&
    void upload.perform(async () => {
      setProgress(0);
      try {
        const uploaded = await uploadQuoteDocument(rfqId, file, { accessToken: accessToken(), language: currentLanguage() }, setProgress);
        setFile(null);
        onDocuments([...documents, { id: uploaded.id, fileName: uploaded.fileName, sizeBytes: uploaded.sizeBytes }]);
      } finally {
        setProgress(null);
      }
    });

  return (
    <Stack gap="sm">
      {documents.length > 0 ? (
        <Stack gap={6} component="ul" aria-label={t('documents.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {documents.map((document) => (
            <Group key={document.id} component="li" gap="xs" wrap="nowrap" justify="space-between" data-testid="quote-document">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <IconFileTypePdf size={18} aria-hidden style={{ flexShrink: 0 }} />
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {document.fileName}
                </Text>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {fileSize(document.sizeBytes)}
                </Text>
              </Group>
              <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={t('documents.leaveOut', { name: document.fileName })} onClick={() => onDocuments(documents.filter((candidate) => candidate.id !== document.id))}>
                <IconX size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('documents.none')}
        </Text>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={t('documents.file')}
          description={t('documents.fileHint')}
          placeholder={t('documents.choose')}
          // Mantine's placeholder grey falls below AA contrast; this one reads as text.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          accept="application/pdf,.pdf"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            upload.setError(null);
          }}
          error={error}
          clearable
          style={{ flex: '1 1 220px', minWidth: 0 }}
        />
        <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={send} loading={upload.busy} disabled={!file}>
          {t('documents.upload')}
        </Button>
      </Group>
      {progress !== null && <Progress value={Math.round(progress * 100)} aria-label={t('documents.progress', { percent: Math.round(progress * 100) })} animated />}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
