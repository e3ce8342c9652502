import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { supplierProfileControllerSubmit, type OwnProfileResponse } from '../api/api-client';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

const STATE_COLORS: Record<OwnProfileResponse['state'], string> = {
  draft: 'gray.8',
  pending_review: 'blue.9',
  published: 'brand',
  rejected: 'red.9',
  suspended: 'orange.9',
  withdrawn: 'gray.8',
};

/** Where the profile stands, the admin's last decision in the reader's language, and "submit for review". */
export function SupplierReviewPanel({ profile, onSaved }: { profile: OwnProfileResponse; onSaved: (profile: OwnProfileResponse) => void }) {
  const { t } = useTranslation('suppliers');
  const { me, run } = useSession();
  const submit = useAction();
  const decision = profile.lastDecision;
  const canSubmit = profile.state === 'draft' || profile.state === 'rejected';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="supplier-review-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h3" id="supplier-review-title">
            {t('review.title')}
          </Title>
          <Badge color={STATE_COLORS[profile.state]} size="lg" data-testid="profile-state">
            {t(`review.states.${profile.state}`)}
          </Badge>
        </Group>
        <Text size="sm">{t(`review.explain.${profile.state}`)}</Text>
        {profile.hasPendingRevision && <Text size="sm">{t('review.revision')}</Text>}
        {decision && decision.state !== 'approved' && (
          <Alert color={decision.state === 'rejected' ? 'red' : 'yellow'} title={t(`review.decision.${decision.state}`)} data-testid="profile-decision">
            <Stack gap={4}>
              {decision.reasonCode && <Text size="sm">{t(`review.reasons.${decision.reasonCode}`, { defaultValue: decision.reasonCode })}</Text>}
              {decision.note && <Text size="sm">{t('review.note', { note: decision.note })}</Text>}
              <Text size="xs">{formatDateTime(decision.decidedAt, me?.user.timeZone)}</Text>
            </Stack>
          </Alert>
        )}
        <ErrorAlert error={submit.error} />
        <Group gap="sm" wrap="wrap">
          {canSubmit && (
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              loading={submit.busy}
              onClick={() => void submit.perform(async () => onSaved(await run(() => supplierProfileControllerSubmit())))}
            >
              {t('review.submit')}
            </Button>
          )}
          <Anchor component={Link} to={`/suppliers/${profile.supplierId}?preview=draft`} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <IconEye size={16} aria-hidden style={{ flex: 'none' }} />
            {t('review.preview')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
