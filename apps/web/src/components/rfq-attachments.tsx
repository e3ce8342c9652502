import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RFQ_ATTACHMENT_KINDS, deleteRfqAttachment, downloadRfqAttachment, uploadRfqAttachment, type Rfq, type RfqAttachment, type RfqAttachmentKind } from '../api/rfqs';
import { formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { FileRow } from './file-row';
import { FileUpload } from './file-upload';
import { useAction } from './use-action';

// The types the API accepts (it checks the bytes): drawings in CAD formats, documents, images, a zip of several.
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.step,.stp,.iges,.igs,.dxf,.zip,application/pdf,image/png,image/jpeg,application/zip';

export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`);

/** One attachment as a row: its name, kind, type and size; download, and delete while a draft. */
export function RfqAttachmentRow({ rfqId, attachment, lineName, onDelete }: { rfqId: string; attachment: RfqAttachment; lineName?: string; onDelete?: () => void }) {
  const { t } = useTranslation('rfqs');
  const { accessToken } = useSession();
  return (
    <FileRow
      fileName={attachment.fileName}
      details={[t(`attachments.kinds.${attachment.kind}`), attachment.fileType.toUpperCase(), fileSize(attachment.sizeBytes), lineName].filter(Boolean).join(' · ')}
      download={() => downloadRfqAttachment({ rfqId, attachment, accessToken: accessToken(), language: currentLanguage() })}
      downloadLabel={t('attachments.download', { name: attachment.fileName })}
      onDelete={onDelete}
      deleteLabel={t('attachments.delete', { name: attachment.fileName })}
    />
  );
}

/**
 * The RFQ's drawings and specifications: what is attached, and an uploader with a progress bar (the bytes go
 * with XMLHttpRequest, the one way a browser reports upload progress). On an open RFQ an upload is an amendment.
 */
export function RfqAttachments({ rfq, onChanged }: { rfq: Rfq; onChanged: () => Promise<void> | void }) {
  const { t } = useTranslation('rfqs');
  const { accessToken, run } = useSession();
  const [kind, setKind] = useState<RfqAttachmentKind>('drawing');
  const [lineId, setLineId] = useState<string | null>(null);
  const remove = useAction();
  const lineName = (id: string | null) => {
    const index = rfq.lines.findIndex((line) => line.id === id);
    return index >= 0 ? t('lines.lineTitle', { number: index + 1, name: rfq.lines[index]?.partName ?? '' }) : undefined;
  };

  return (
    <Stack gap="sm">
      {rfq.state === 'open' && (
        <Text size="sm" c="dimmed">
          {t('attachments.amendHint')}
        </Text>
      )}
      {rfq.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('attachments.title')}>
          {rfq.attachments.map((attachment) => (
            <RfqAttachmentRow
              key={attachment.id}
              rfqId={rfq.id}
              attachment={attachment}
              lineName={lineName(attachment.lineId)}
              onDelete={rfq.state === 'draft' ? () => void remove.perform(async () => {
                await run(() => deleteRfqAttachment(rfq.id, attachment.id));
                await onChanged();
              }) : undefined}
            />
          ))}
        </Stack>
      )}
      <ErrorAlert error={remove.error} />
      <FileUpload
        labels={{ file: t('attachments.file'), choose: t('attachments.choose'), upload: t('attachments.upload'), progress: (percent) => t('attachments.progress', { percent }) }}
        description={t('attachments.fileHint')}
        accept={ACCEPT}
        before={
          <>
            <Select
              label={t('attachments.kind')}
              data={RFQ_ATTACHMENT_KINDS.map((value) => ({ value, label: t(`attachments.kinds.${value}`) }))}
              value={kind}
              onChange={(value) => setKind(RFQ_ATTACHMENT_KINDS.find((candidate) => candidate === value) ?? 'drawing')}
              allowDeselect={false}
              style={{ flex: '1 1 140px' }}
            />
            {rfq.lines.length > 0 && (
              <Select
                label={t('attachments.line')}
                placeholder={t('attachments.wholeRfq')}
                data={rfq.lines.map((line) => ({ value: line.id, label: lineName(line.id) ?? line.id }))}
                value={lineId}
                onChange={setLineId}
                clearable
                styles={{ input: { '--input-placeholder-color': 'var(--mantine-color-dimmed)' } as Record<string, string> }}
                style={{ flex: '1 1 160px' }}
              />
            )}
          </>
        }
        upload={async (file, onProgress) => {
          await uploadRfqAttachment({ rfqId: rfq.id, file, kind, lineId: lineId ?? undefined, accessToken: accessToken(), language: currentLanguage(), onProgress });
          await onChanged();
        }}
      />
    </Stack>
  );
}
