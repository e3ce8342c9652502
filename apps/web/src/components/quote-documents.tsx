import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconFileTypePdf, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { uploadQuoteDocument } from '../api/quotes';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { FileUpload } from './file-upload';
import type { QuoteDocument } from './quote-draft';
import { fileSize } from './rfq-attachments';

/**
 * The supplier's own quote documents (PDF): uploaded at once with a progress bar, carried by the revision being
 * written; one can be left out of it (the file stays with the RFQ's other quote documents).
 */
export function QuoteDocuments({ rfqId, documents, onDocuments, error }: { rfqId: string; documents: QuoteDocument[]; onDocuments: (documents: QuoteDocument[]) => void; error?: string }) {
  const { t } = useTranslation('quote');
  const { accessToken } = useSession();
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
      <FileUpload
        labels={{ file: t('documents.file'), choose: t('documents.choose'), upload: t('documents.upload'), progress: (percent) => t('documents.progress', { percent }) }}
        description={t('documents.fileHint')}
        accept="application/pdf,.pdf"
        fileError={error}
        upload={async (file, onProgress) => {
          const uploaded = await uploadQuoteDocument(rfqId, file, { accessToken: accessToken(), language: currentLanguage() }, onProgress);
          onDocuments([...documents, { id: uploaded.id, fileName: uploaded.fileName, sizeBytes: uploaded.sizeBytes }]);
        }}
      />
    </Stack>
  );
}
