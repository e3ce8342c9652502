import { Autocomplete, Button, Card, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconFilter, IconFilterOff } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from './error-alert';

export interface Filters {
  action: string;
  actorUserId: string;
  organizationId: string;
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { action: '', actorUserId: '', organizationId: '', from: '', to: '' };

/** Actions the API records today, offered as suggestions; any other text is sent as typed. */
const KNOWN_ACTIONS = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.signed_out',
  'auth.refresh_token_reused',
  'account.signed_up',
  'account.email_verified',
  'account.password_changed',
  'account.password_reset',
  'account.profile_updated',
  'team.invitation_created',
  'team.invitation_revoked',
  'team.invitation_accepted',
  'team.role_changed',
  'team.member_removed',
  'team.member_left',
  'team.ownership_transferred',
  'admin.admin_created',
  'admin.user_suspended',
  'admin.user_unsuspended',
  'admin.organization_suspended',
  'admin.organization_unsuspended',
];

/** How far a time zone is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - instant;
}

/** Midnight starting a calendar day (YYYY-MM-DD, plus `addDays`) in a time zone, as an ISO instant. */
export function startOfDay(date: string, timeZone: string, addDays = 0): string {
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day + addDays);
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The audit log's filters: typed into a draft, applied on submit. */
export function AdminAuditFilters({ applied, onApply, error, busy, timeZone }: { applied: Filters; onApply: (filters: Filters) => void; error: unknown; busy: boolean; timeZone: string }) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<Filters>(applied);
  const rangeInverted = draft.from !== '' && draft.to !== '' && draft.to < draft.from;
  const filtered = Object.values(applied).some((value) => value.trim() !== '');
  const set = (field: keyof Filters) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rangeInverted) return;
    onApply({ ...draft });
  };

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate aria-label={t('audit.filters.title')}>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('audit.filters.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <Autocomplete
              label={t('audit.filters.action')}
              description={t('audit.filters.actionHelp')}
              placeholder="auth.signed_in"
              data={KNOWN_ACTIONS}
              value={draft.action}
              onChange={set('action')}
              error={fieldError(error, 'action')}
            />
            <TextInput
              label={t('audit.filters.actor')}
              description={t('audit.filters.idHelp')}
              value={draft.actorUserId}
              onChange={(event) => set('actorUserId')(event.currentTarget.value)}
              error={fieldError(error, 'actorUserId') ? t('audit.filters.idInvalid') : undefined}
            />
            <TextInput
              label={t('audit.filters.organization')}
              description={t('audit.filters.idHelp')}
              value={draft.organizationId}
              onChange={(event) => set('organizationId')(event.currentTarget.value)}
              error={fieldError(error, 'organizationId') ? t('audit.filters.idInvalid') : undefined}
            />
            <TextInput
              type="date"
              label={t('audit.filters.from')}
              description={t('audit.filters.dateHelp', { timeZone })}
              value={draft.from}
              onChange={(event) => set('from')(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('audit.filters.to')}
              description={t('audit.filters.dateHelp', { timeZone })}
              value={draft.to}
              onChange={(event) => set('to')(event.currentTarget.value)}
              error={rangeInverted ? t('audit.filters.rangeInverted') : undefined}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />} loading={busy} disabled={rangeInverted}>
              {t('audit.filters.apply')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={() => {
                setDraft(NO_FILTERS);
                onApply(NO_FILTERS);
              }}
              disabled={!filtered && Object.values(draft).every((value) => value === '')}
            >
              {t('audit.filters.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
