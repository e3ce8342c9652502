import { Alert, Anchor, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { suppliersControllerGet, type SupplierResponse } from '../api/api-client';
import { listClaims, type ClaimView } from '../api/claims';
import { ClaimForm } from '../components/claim-form';
import { ClaimPending } from '../components/claim-pending';
import { ErrorAlert } from '../components/error-alert';
import { ListingClaimedBadge } from '../components/listing-claimed-badge';
import { useSession } from '../session/session';

/** `/suppliers/:id/claim`: a supplier organization asks to claim a registry listing as its own. */
export function ClaimListingPage() {
  const { t } = useTranslation('directory');
  const { supplierId = '' } = useParams();
  const { me, run } = useSession();
  const isSupplier = me?.organization.kind === 'supplier';
  const [supplier, setSupplier] = useState<SupplierResponse | null>(null);
  const [pending, setPending] = useState<ClaimView | null>(null);
  const [approved, setApproved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    void (async () => {
      try {
        const loaded = await run(() => suppliersControllerGet({ path: { supplierId } }));
        // A claim this organization already sent on this listing: show where it stands instead of the form.
        const claims = isSupplier ? await run(() => listClaims()) : { data: [] };
        if (!active) return;
        setSupplier(loaded);
        setPending(claims.data.find((claim) => claim.supplierId === supplierId && claim.state === 'pending') ?? null);
        setApproved(claims.data.some((claim) => claim.supplierId === supplierId && claim.state === 'approved'));
      } catch (caught) {
        if (active) setError(caught);
      }
    })();
    return () => {
      active = false;
    };
  }, [run, supplierId, isSupplier]);

  if (error) return <ErrorAlert error={error} />;
  if (!supplier)
    return (
      <Center h={160}>
        <Loader aria-label={t('claim.loading')} />
      </Center>
    );

  const fields = supplier.profile;
  const name = fields?.tradeName || fields?.legalName || supplierId;
  const listing = supplier.listing;

  const body = !isSupplier ? (
    <Alert color="blue" title={t('claimAction.buyerTitle')}>
      <Text size="sm">{t('claim.notSupplier')}</Text>
    </Alert>
  ) : pending ? (
    <ClaimPending claim={pending} />
  ) : approved ? (
    <Alert color="brand" role="status">
      <Stack gap={4}>
        <Text size="sm">{t('claim.yours')}</Text>
        <Anchor component={Link} to="/supplier-profile" size="sm">
          {t('claim.toProfile')}
        </Anchor>
      </Stack>
    </Alert>
  ) : me?.role !== 'owner' ? (
    <Alert color="blue" role="status">
      <Text size="sm">{t('claim.ownersOnly')}</Text>
    </Alert>
  ) : !listing || listing.claimed ? (
    <Alert color="orange" role="status">
      <Text size="sm">{t('claim.alreadyClaimed')}</Text>
    </Alert>
  ) : (
    <Card withBorder padding="lg">
      <Stack gap="md">
        {me && !me.user.emailVerified && (
          <Alert color="orange" role="status">
            <Text size="sm">{t('claim.unverifiedEmail')}</Text>
          </Alert>
        )}
        <ClaimForm supplierId={supplierId} website={fields?.website ?? null} onClaimed={setPending} />
      </Stack>
    </Card>
  );

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={`/suppliers/${supplierId}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('claim.back')}
        </Group>
      </Anchor>
      <Stack gap={6}>
        <Title order={1} id="claim-title" style={{ overflowWrap: 'anywhere' }}>
          {t('claim.title', { name })}
        </Title>
        {listing && (
          <Group gap="xs" wrap="wrap">
            <ListingClaimedBadge claimed={listing.claimed} long />
            <Text size="sm" c="dimmed">
              {listing.sources.map((source) => t('listing.source', { registry: source.registry, id: source.id })).join(' · ')}
            </Text>
          </Group>
        )}
        <Text c="dimmed">{t('claim.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
