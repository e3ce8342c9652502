import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { acceptNda, type SupplierRfq } from '../api/opportunities';
import { ApiRequestError } from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

/**
 * The NDA gate: the agreement's text and one Accept, sent with the version read (the API refuses a stale one,
 * and then the page reloads the current text). On acceptance the page gets the full request back.
 */
export function OpportunityNdaGate({ rfq, onAccepted, onStale }: { rfq: SupplierRfq; onAccepted: (rfq: SupplierRfq) => void; onStale: () => Promise<void> }) {
  const { t } = useTranslation('opportunities');
  const { run, me } = useSession();
  const accept = useAction();
  const stale = accept.error instanceof ApiRequestError && accept.error.error.code === 'RFQ_NDA_VERSION_STALE';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="nda-title" data-testid="nda-gate">
      <Stack gap="sm">
        <Title order={2} size="h3" id="nda-title">
          <IconLock size={20} aria-hidden style={{ verticalAlign: 'text-bottom', marginInlineEnd: 6 }} />
          {t('nda.title')}
        </Title>
        <Text size="sm">{t('nda.intro', { buyer: rfq.buyer.name })}</Text>
        <Text fw={600} size="sm" id="nda-text-label">
          {t('nda.textLabel', { version: rfq.nda.version })}
        </Text>
        {/* A long agreement scrolls in its box; the box takes focus so a keyboard can scroll it. */}
        <div
          role="region"
          aria-labelledby="nda-text-label"
          tabIndex={0}
          data-testid="nda-text"
          style={{ maxHeight: 320, overflowY: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, padding: 12, fontSize: 'var(--mantine-font-size-sm)' }}
        >
          {rfq.nda.text}
        </div>
        <Text size="xs" c="dimmed">
          {t('nda.acceptNote', { organization: me?.organization.name ?? '' })}
        </Text>
        {stale ? (
          <Alert color="orange" title={t('nda.stale')} role="alert" />
        ) : (
          <ErrorAlert error={accept.error} />
        )}
        <div>
          <Button
            leftSection={<IconShieldCheck size={18} aria-hidden />}
            loading={accept.busy}
            onClick={() =>
              void accept.perform(async () => {
                try {
                  onAccepted(await run(() => acceptNda(rfq.id, rfq.nda.version)));
                } catch (error) {
                  if (error instanceof ApiRequestError && error.error.code === 'RFQ_NDA_VERSION_STALE') await onStale();
                  throw error;
                }
              })
            }
          >
            {t('nda.accept')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
