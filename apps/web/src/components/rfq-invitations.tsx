import { Anchor, Badge, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { catalogControllerZip } from '../api/api-client';
import { DECLINE_REASONS, listRfqInvitations, type Rfq, type RfqInvitationList } from '../api/rfqs';
import { formatNumber } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { RfqSuppliersMap } from './rfq-suppliers-map';
import { SearchExplanationView } from './search-explanation';
import type { MapPoint } from './plant-map-geometry';

/** Where the RFQ delivers, for the map: the catalog's point for its ZIP. */
function useZipPoint(zip: string | null): (MapPoint & { zip: string }) | null {
  const { run } = useSession();
  const [point, setPoint] = useState<(MapPoint & { zip: string }) | null>(null);
  useEffect(() => {
    if (!zip) return;
    let current = true;
    run(() => catalogControllerZip({ path: { zip } }))
      .then((found) => current && setPoint({ zip, lat: found.lat, lon: found.lon }))
      // No point, no pin: the map still shows the suppliers.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [zip, run]);
  return point;
}

/**
 * Who the RFQ went to, best match first, with why the matching chose each (the search page's chips), their
 * plants on a map, and the declines counted by reason.
 */
export function RfqInvitations({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation('rfqs');
  const { run } = useSession();
  const [list, setList] = useState<RfqInvitationList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const destination = useZipPoint(rfq.deliveryZip);

  useEffect(() => {
    let current = true;
    run(() => listRfqInvitations(rfq.id))
      .then((loaded) => current && setList(loaded))
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
    // Read again when the RFQ moves to a new version (an amendment may invite more suppliers).
  }, [rfq.id, rfq.version, rfq.state, run]);

  if (error) return <ErrorAlert error={error} />;
  if (!list) return <Text c="dimmed">{t('states.loading')}</Text>;
  if (list.data.length === 0) return <Text c="dimmed" data-testid="no-invitations">{rfq.state === 'open' ? t('invitations.none') : t('invitations.noneClosed')}</Text>;
  const declined = DECLINE_REASONS.filter((reason) => (list.declines[reason] ?? 0) > 0);

  return (
    <Stack gap="md">
      <Text size="sm" role="status">
        {t('invitations.count', { count: list.data.length, formatted: formatNumber(list.data.length) })}
      </Text>
      {declined.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('invitations.declinesTitle')}</Text>
          <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('invitations.declinesTitle')}>
            {declined.map((reason) => (
              <Badge key={reason} component="li" variant="outline" color="gray.8" tt="none" size="lg" fw={500}>
                {t('invitations.declineCount', { reason: t(`declineReasons.${reason}`), count: list.declines[reason] })}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('invitations.title')}>
            {list.data.map((invitation, index) => {
              const supplier = invitation.supplier;
              const name = supplier.tradeName ?? supplier.legalName ?? t('invitations.unnamed');
              return (
                <Card key={invitation.id} withBorder padding="sm" component="li" data-testid="rfq-invitation">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
                        <Badge circle color="red.9" size="lg" aria-label={t('invitations.number', { number: index + 1 })}>
                          {index + 1}
                        </Badge>
                        <Anchor component={Link} to={`/suppliers/${supplier.id}`} fw={700} style={{ overflowWrap: 'anywhere' }}>
                          {name}
                        </Anchor>
                      </Group>
                      <Badge variant={invitation.state === 'declined' ? 'filled' : 'outline'} color={invitation.state === 'declined' ? 'gray.8' : 'brand.9'} miw="max-content">
                        {t(`invitations.states.${invitation.state}`)}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {[
                        supplier.location ? [supplier.location.municipality, supplier.location.state].filter(Boolean).join(', ') : null,
                        t(`invitations.sources.${invitation.source}`),
                        supplier.claimed ? null : t('invitations.unclaimed'),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {invitation.state === 'declined' && invitation.declineReason && (
                      <Text size="sm">
                        {t('invitations.declinedBecause', { reason: t(`declineReasons.${invitation.declineReason}`) })}
                        {invitation.declineNote ? ` “${invitation.declineNote}”` : ''}
                      </Text>
                    )}
                    {invitation.explanation && <SearchExplanationView explanation={invitation.explanation} placeName={rfq.deliveryPlace} />}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div style={{ position: 'sticky', top: 76 }}>
            <RfqSuppliersMap invitations={list.data} destination={destination} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
