import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconBuildingFactory2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../session/session';

/**
 * "This is my company": signed-out readers go to sign in and come back to the claim form; a buyer is told why
 * they cannot claim; a supplier goes to the claim form.
 */
export function ListingClaimAction({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation('directory');
  const { status, me } = useSession();
  const [explained, setExplained] = useState(false);
  const claimPath = `/suppliers/${supplierId}/claim`;
  if (status === 'loading') return null;
  if (status === 'signed-out')
    return (
      <Stack gap={4} align="flex-start">
        <Button component={Link} to={`/sign-in?next=${encodeURIComponent(claimPath)}`} leftSection={<IconBuildingFactory2 size={16} aria-hidden />}>
          {t('claimAction.cta')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('claimAction.signedOutHelp')}
        </Text>
      </Stack>
    );
  if (me?.organization.kind === 'supplier')
    return (
      <Button component={Link} to={claimPath} leftSection={<IconBuildingFactory2 size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
        {t('claimAction.cta')}
      </Button>
    );
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" leftSection={<IconBuildingFactory2 size={16} aria-hidden />} onClick={() => setExplained(true)} aria-expanded={explained}>
        {t('claimAction.cta')}
      </Button>
      {explained && (
        <Alert color="blue" title={t('claimAction.buyerTitle')} role="status">
          <Text size="sm">{t('claimAction.buyerHelp')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
