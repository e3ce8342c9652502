import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentResponse } from '../api/api-client';
import { uploadSupplierDocument } from '../api/upload';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { FileUpload } from './file-upload';

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
  const [kind, setKind] = useState<UploadKind>(kinds[0] ?? 'other');

  return (
    <FileUpload
      labels={{ file: fileLabel ?? t('documents.file'), choose: t('documents.choose'), upload: t('documents.upload'), progress: (percent) => t('documents.progress', { percent }) }}
      accept="application/pdf,image/png,image/jpeg,image/webp"
      fileError={fileError}
      before={
        kinds.length > 1 && (
          <Select
            label={t('documents.kind')}
            data={kinds.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(kinds.find((candidate) => candidate === value) ?? kinds[0] ?? 'other')}
            allowDeselect={false}
            style={{ flex: '1 1 140px' }}
          />
        )
      }
      upload={async (file, onProgress) => {
        const uploaded = await uploadSupplierDocument({ file, kind, accessToken: accessToken(), language: currentLanguage(), onProgress });
        await onUploaded(uploaded);
      }}
    />
  );
}
