import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ClaimView } from '../api/claims';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';

/** After a claim is sent: it waits for an admin, and what happens next. */
export function ClaimPending({ claim }: { claim: ClaimView }) {
  const { t } = useTranslation('directory');
  const { me } = useSession();
  return (
    <Alert color="blue" icon={<IconHourglass aria-hidden />} title={t('claim.pendingTitle')} role="status" data-testid="claim-pending">
      <Stack gap="xs">
        <Text size="sm">{t('claim.pendingBody')}</Text>
        <Text size="xs">
          {t('claim.pendingSince', { date: formatDateTime(claim.createdAt, me?.user.timeZone) })} · {t(`claim.kindsShort.${claim.evidence.kind}`)}
        </Text>
        <Anchor component={Link} to="/supplier-profile#supplier-claims" size="sm">
          {t('claim.toClaims')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
