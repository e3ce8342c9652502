import { Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminControllerAuditLog, type AuditEventResponse } from '../api/api-client';
import { AdminAuditFilters, NO_FILTERS, startOfDay, type Filters } from '../components/admin-audit-filters';
import { AdminAuditTable } from '../components/admin-audit-table';
import { ErrorAlert } from '../components/error-alert';
import { useSession } from '../session/session';

const PAGE_SIZE = 50;

export function AdminAuditPage() {
  const { t } = useTranslation('admin');
  const { me, run } = useSession();
  const timeZone = me?.user.timeZone ?? 'UTC';
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const [events, setEvents] = useState<AuditEventResponse[] | null>(null);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (filters: Filters, before: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const query = {
          limit: PAGE_SIZE,
          ...(filters.action.trim() ? { action: filters.action.trim() } : {}),
          ...(filters.actorUserId.trim() ? { actorUserId: filters.actorUserId.trim() } : {}),
          ...(filters.organizationId.trim() ? { organizationId: filters.organizationId.trim() } : {}),
          ...(filters.from ? { from: startOfDay(filters.from, timeZone) } : {}),
          // "To" includes the whole day: the API's bound is exclusive.
          ...(filters.to ? { to: startOfDay(filters.to, timeZone, 1) } : {}),
          ...(before ? { before } : {}),
        };
        const page = await run(() => adminControllerAuditLog({ query }));
        setEvents((current) => (before ? [...(current ?? []), ...page.data] : page.data));
        setNextBefore(page.nextBefore);
      } catch (caught) {
        setError(caught);
        if (!before) setEvents([]);
      } finally {
        setLoading(false);
      }
    },
    [run, timeZone],
  );

  useEffect(() => {
    setEvents(null);
    void load(applied, null);
  }, [applied, load]);

  const filtered = Object.values(applied).some((value) => value.trim() !== '');

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed">{t('audit.intro')}</Text>
      </Stack>

      <AdminAuditFilters applied={applied} onApply={setApplied} error={error} busy={loading && events === null} timeZone={timeZone} />

      <ErrorAlert error={error} />

      {events === null ? (
        <Center h={160}>
          <Loader aria-label={t('audit.loading')} />
        </Center>
      ) : events.length === 0 ? (
        !error && (
          <Card withBorder padding="xl" data-testid="audit-empty">
            <Stack gap={4} align="center" ta="center">
              <Text fw={700}>{filtered ? t('audit.empty.filteredTitle') : t('audit.empty.title')}</Text>
              <Text c="dimmed" size="sm">
                {filtered ? t('audit.empty.filteredBody') : t('audit.empty.body')}
              </Text>
            </Stack>
          </Card>
        )
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status">
            {t('audit.shown', { count: events.length, timeZone })}
          </Text>
          <AdminAuditTable events={events} timeZone={timeZone} />
          {nextBefore ? (
            <Group justify="center">
              <Button variant="default" loading={loading} onClick={() => void load(applied, nextBefore)}>
                {t('audit.loadMore')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" ta="center">
              {t('audit.end')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
