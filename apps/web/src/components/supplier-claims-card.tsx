import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listClaims, withdrawClaim, type ClaimView } from '../api/claims';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

const STATE_COLORS: Record<ClaimView['state'], string> = { pending: 'blue.9', approved: 'brand', rejected: 'red.9', withdrawn: 'gray.8' };

function ClaimRow({ claim, canWithdraw, onWithdrawn }: { claim: ClaimView; canWithdraw: boolean; onWithdrawn: () => Promise<void> }) {
  const { t } = useTranslation('directory');
  const { me, run } = useSession();
  const withdraw = useAction();
  const { decision } = claim;
  const reason = decision?.reasonText?.[currentLanguage()] ?? decision?.reasonCode;
  return (
    <Card withBorder padding="sm" component="li" aria-labelledby={`claim-${claim.id}`}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/suppliers/${claim.supplierId}`} fw={600} id={`claim-${claim.id}`} style={{ overflowWrap: 'anywhere' }}>
            {claim.listingName}
          </Anchor>
          <Badge color={STATE_COLORS[claim.state]} variant={claim.state === 'pending' ? 'outline' : 'filled'} miw="max-content" data-testid="claim-state">
            {t(`claims.states.${claim.state}`)}
          </Badge>
        </Group>
        <Text size="sm">{t(`claims.explain.${claim.state}`)}</Text>
        {claim.state === 'rejected' && reason && <Text size="sm">{t('claims.reason', { reason })}</Text>}
        {decision?.note && <Text size="sm">{t('claims.note', { note: decision.note })}</Text>}
        <Text size="xs" c="dimmed">
          {t('claims.evidence', { kind: t(`claim.kindsShort.${claim.evidence.kind}`) })} · {t('claims.sent', { date: formatDateTime(claim.createdAt, me?.user.timeZone) })}
        </Text>
        {claim.state === 'pending' && canWithdraw && (
          <Group>
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              loading={withdraw.busy}
              aria-label={t('claims.withdrawOne', { name: claim.listingName })}
              onClick={() =>
                void withdraw.perform(async () => {
                  await run(() => withdrawClaim(claim.id));
                  await onWithdrawn();
                })
              }
            >
              {t('claims.withdraw')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={withdraw.error} />
      </Stack>
    </Card>
  );
}

/** "Your claims" on the supplier profile: every listing the organization asked to claim, where each stands. */
export function SupplierClaimsCard() {
  const { t } = useTranslation('directory');
  const { me, run } = useSession();
  const [claims, setClaims] = useState<ClaimView[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setClaims((await run(() => listClaims())).data);
    } catch (caught) {
      setError(caught);
    }
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="supplier-claims-title" id="supplier-claims">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h3" id="supplier-claims-title">
            {t('claims.title')}
          </Title>
          <Anchor component={Link} to="/directory" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <IconMapSearch size={16} aria-hidden style={{ flex: 'none' }} />
            {t('claims.find')}
          </Anchor>
        </Group>
        <ErrorAlert error={error} />
        {claims && claims.length === 0 && <Text c="dimmed">{t('claims.none')}</Text>}
        {claims && claims.length > 0 && (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-labelledby="supplier-claims-title">
            {claims.map((claim) => (
              <ClaimRow key={claim.id} claim={claim} canWithdraw={me?.role === 'owner'} onWithdrawn={load} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
