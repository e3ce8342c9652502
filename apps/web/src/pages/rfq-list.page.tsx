import { Button, Card, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { RFQ_STATES, listRfqs, type RfqState, type RfqSummary } from '../api/rfqs';
import { ErrorAlert } from '../components/error-alert';
import { RfqStateBadge } from '../components/rfq-state-badge';
import { useAction } from '../components/use-action';
import { useVocabulary } from '../components/use-vocabulary';
import { formatDateTime, formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';

const PAGE = 20;

function RfqRow({ rfq, timeZone, processName }: { rfq: RfqSummary; timeZone?: string; processName: (code: string) => string }) {
  const { t } = useTranslation('rfqs');
  const facts = [
    t('list.lines', { count: rfq.lineCount }),
    rfq.quoteDeadline ? t('list.deadline', { date: formatDateTime(rfq.quoteDeadline, timeZone) }) : t('list.noDeadline'),
    rfq.state === 'draft' ? null : t('list.invitations', { count: rfq.invitationCount, formatted: formatNumber(rfq.invitationCount) }),
    rfq.state === 'draft' || rfq.state === 'pending_review' ? null : t('list.quotes', { count: rfq.quoteCount, formatted: formatNumber(rfq.quoteCount) }),
  ].filter(Boolean);
  return (
    <Card withBorder padding="md" component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text component={Link} to={`/rfqs/${rfq.id}`} fw={700} size="lg" c="brand.9" style={{ overflowWrap: 'anywhere', textDecoration: 'underline' }}>
            {rfq.title}
          </Text>
          <RfqStateBadge state={rfq.state} />
        </Group>
        {rfq.processes.length > 0 && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {rfq.processes.map(processName).join(' · ')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
      </Stack>
    </Card>
  );
}

/** The buyer organization's RFQs, newest first, by state. */
export function RfqListPage() {
  const { t } = useTranslation('rfqs');
  const { run, me } = useSession();
  const { nodes } = useVocabulary();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const state = RFQ_STATES.find((candidate) => candidate === params.get('state'));
  const [rows, setRows] = useState<RfqSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const more = useAction();
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (after?: string) => {
      const page = await run(() => listRfqs({ state, cursor: after, limit: PAGE }));
      setRows((current) => (after ? [...(current ?? []), ...page.data] : page.data));
      setCursor(page.nextCursor);
    },
    [run, state],
  );

  useEffect(() => {
    setRows(null);
    load().catch(setError);
  }, [load]);

  return (
    <Stack gap="lg" maw={880}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 260px' }}>
          <Title order={1}>{t('list.title')}</Title>
          <Text c="dimmed">{t('list.intro')}</Text>
        </Stack>
        <Button component={Link} to="/rfqs/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('list.new')}
        </Button>
      </Group>
      <Select
        label={t('list.filter')}
        data={[{ value: '', label: t('list.all') }, ...RFQ_STATES.filter((candidate) => candidate !== 'pending_review').map((value) => ({ value, label: t(`states.${value}`) }))]}
        value={state ?? ''}
        onChange={(value) => setParams(value ? { state: value } : {}, { replace: true })}
        allowDeselect={false}
        maw={260}
      />
      <ErrorAlert error={error ?? more.error} />
      {!rows && !error && (
        <Center h={120}>
          <Loader aria-label={t('states.loading')} />
        </Center>
      )}
      {rows && rows.length === 0 && (
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Text>{state ? t('list.emptyState', { state: t(`states.${state as RfqState}`) }) : t('list.empty')}</Text>
            <Button component={Link} to="/rfqs/new" variant="light">
              {t('list.new')}
            </Button>
          </Stack>
        </Card>
      )}
      {rows && rows.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('list.title')}>
          {rows.map((rfq) => (
            <RfqRow key={rfq.id} rfq={rfq} timeZone={me?.user.timeZone} processName={(code) => nodes.get(code)?.name[language] ?? code} />
          ))}
        </Stack>
      )}
      {cursor && (
        <Group>
          <Button variant="default" loading={more.busy} onClick={() => void more.perform(() => load(cursor))}>
            {t('list.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
