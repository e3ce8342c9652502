import { Button, FileInput, Group, Progress, Select, Stack } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentResponse } from '../api/api-client';
import { uploadSupplierDocument } from '../api/upload';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

export type UploadKind = Exclude<DocumentResponse['kind'], 'audit_report'>;

/**
 * Choose a file and upload it to the organization's documents with a progress bar: the profile editor's
 * documents card and the claim form's evidence both use it. With one kind, there is no kind picker.
 */
export function DocumentUploader({
  kinds,
  onUploaded,
  fileLabel,
  fileError,
}: {
  kinds: readonly UploadKind[];
  onUploaded: (document: DocumentResponse) => Promise<void> | void;
  fileLabel?: string;
  /** An error about the file from elsewhere (the claim's documentId), shown under the input. */
  fileError?: string;
}) {
  const { t } = useTranslation('suppliers');
  const { accessToken } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<UploadKind>(kinds[0] ?? 'other');
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useAction();

  const send = () =>
    file &&
    void upload.perform(async () => {
      setProgress(0);
      try {
        const uploaded = await uploadSupplierDocument({ file, kind, accessToken: accessToken(), language: currentLanguage(), onProgress: setProgress });
        setFile(null);
        await onUploaded(uploaded);
      } finally {
        setProgress(null);
      }
    });

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {kinds.length > 1 && (
          <Select
            label={t('documents.kind')}
            data={kinds.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(kinds.find((candidate) => candidate === value) ?? kinds[0] ?? 'other')}
            allowDeselect={false}
            style={{ flex: '1 1 140px' }}
          />
        )}
        <FileInput
          label={fileLabel ?? t('documents.file')}
          placeholder={t('documents.choose')}
          // Mantine's placeholder grey falls below AA contrast; this one reads as text.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          accept="application/pdf,image/png,image/jpeg,image/webp"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            upload.setError(null);
          }}
          error={fileError}
          clearable
          style={{ flex: '2 1 200px', minWidth: 0 }}
        />
        <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={send} loading={upload.busy} disabled={!file}>
          {t('documents.upload')}
        </Button>
      </Group>
      {progress !== null && (
        <Progress value={Math.round(progress * 100)} aria-label={t('documents.progress', { percent: Math.round(progress * 100) })} animated />
      )}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
