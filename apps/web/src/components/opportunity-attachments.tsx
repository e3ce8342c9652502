import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadRfqAttachment, type SupplierRfq } from '../api/opportunities';
import { formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${formatNumber(Math.ceil(bytes / 1024))} KB` : `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`);

/** The buyer's drawings and specifications, each downloaded with the supplier's token (only past the NDA gate). */
export function OpportunityAttachments({ rfq }: { rfq: SupplierRfq }) {
  const { t } = useTranslation('opportunities');
  const { accessToken } = useSession();
  const download = useAction();
  const lineNumber = (lineId: string | null) => (lineId ? rfq.lines.findIndex((line) => line.id === lineId) + 1 : 0);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rfq-attachments">
      <Stack gap="sm">
        <Title order={2} size="h3" id="rfq-attachments">
          {t('attachments.title')}
        </Title>
        {rfq.attachments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('attachments.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('attachments.listLabel')}>
            {rfq.attachments.map((attachment) => {
              const line = lineNumber(attachment.lineId);
              return (
                <Group key={attachment.id} component="li" justify="space-between" gap="xs" wrap="wrap">
                  <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {attachment.fileName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[t(`attachments.kinds.${attachment.kind}`), line > 0 ? t('attachments.forLine', { number: line }) : null, attachment.fileType.toUpperCase(), size(attachment.sizeBytes)]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    variant="outline"
                    leftSection={<IconDownload size={14} aria-hidden />}
                    loading={download.busy}
                    aria-label={t('attachments.downloadOne', { name: attachment.fileName })}
                    onClick={() => void download.perform(() => downloadRfqAttachment({ rfqId: rfq.id, attachment, accessToken: accessToken(), language: currentLanguage() }))}
                  >
                    {t('attachments.download')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}
        <ErrorAlert error={download.error} />
      </Stack>
    </Card>
  );
}
