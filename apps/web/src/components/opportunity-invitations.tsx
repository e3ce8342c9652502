import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listInvitations, type SupplierInvitation } from '../api/opportunities';
import { formatDate } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { OpportunityCard } from './opportunity-card';
import type { NameOf } from './opportunity-names';
import { OpportunityInvitationBadge } from './opportunity-state-badge';
import { useLatestRequest } from './use-latest-request';

const PAGE_SIZE = 20;

/** The "Invitations" tab: every request the supplier was invited to, newest first, a page at a time. */
export function OpportunityInvitations({ nameOf }: { nameOf: NameOf }) {
  const { t } = useTranslation('opportunities');
  const { run, me } = useSession();
  const timeZone = me?.user.timeZone;
  const [items, setItems] = useState<SupplierInvitation[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const beginRequest = useLatestRequest();

  const load = useCallback(
    async (cursor?: string) => {
      const current = beginRequest();
      setLoading(true);
      setError(null);
      try {
        const page = await run(() => listInvitations({ limit: PAGE_SIZE, cursor }));
        if (!current()) return;
        setItems((shown) => (cursor && shown ? [...shown, ...page.data] : page.data));
        setNextCursor(page.nextCursor);
      } catch (caught) {
        if (current()) setError(caught);
      } finally {
        if (current()) setLoading(false);
      }
    },
    [run, beginRequest],
  );

  useEffect(() => {
    void load();
  }, [load]);

  if (items === null) {
    return (
      <Stack>
        <ErrorAlert error={error} />
        {loading && (
          <Center h={120}>
            <Loader aria-label={t('loading')} />
          </Center>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <Text c="dimmed" role="status">
          {t('invitations.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label={t('invitations.label')} style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="invitations">
          {items.map((invitation) => (
            <OpportunityCard key={invitation.id} rfq={invitation.rfq} nameOf={nameOf} timeZone={timeZone} testId="invitation" badges={<OpportunityInvitationBadge state={invitation.state} />}>
              <Text size="xs" c="dimmed">
                {t('invitations.invitedOn', { date: formatDate(invitation.createdAt, timeZone) })}
                {invitation.declineReason && ` · ${t('decline.declined', { reason: t(`decline.reasons.${invitation.declineReason}`) })}`}
              </Text>
            </OpportunityCard>
          ))}
        </Stack>
      )}
      <ErrorAlert error={error} />
      {nextCursor ? (
        <Group>
          <Button variant="default" loading={loading} onClick={() => void load(nextCursor)}>
            {t('loadMore')}
          </Button>
        </Group>
      ) : (
        items.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('invitations.end')}
          </Text>
        )
      )}
    </Stack>
  );
}
