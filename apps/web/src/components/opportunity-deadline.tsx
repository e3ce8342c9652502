import { Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/format';

/** "Dec 12, 2026, 5:00 PM CST": the deadline in the reader's time zone, named so nobody misreads whose 5 PM it is. */
export function deadlineText(iso: string, timeZone?: string): string {
  // dateStyle cannot be combined with timeZoneName: the parts are spelled out instead.
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

/** What is left before the deadline, in the largest whole unit (days, then hours, then minutes); null once it passed. */
export function timeLeft(iso: string, now = Date.now()): { unit: 'days' | 'hours' | 'minutes'; count: number } | null {
  const minutes = Math.floor((new Date(iso).getTime() - now) / 60_000);
  if (minutes < 0) return null;
  if (minutes >= 60 * 24) return { unit: 'days', count: Math.floor(minutes / (60 * 24)) };
  if (minutes >= 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return { unit: 'minutes', count: minutes };
}

/** The quote deadline and the time left, as a supplier plans its answer. */
export function OpportunityDeadline({ deadline, timeZone, size = 'sm' }: { deadline: string | null; timeZone?: string; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('opportunities');
  if (!deadline) {
    return (
      <Text size={size} c="dimmed">
        {t('deadline.none')}
      </Text>
    );
  }
  const left = timeLeft(deadline);
  // Under a day left is worth a colour; the words say it too.
  const urgent = !left || left.unit !== 'days';
  return (
    <Text size={size} data-testid="opportunity-deadline">
      <IconClock size={16} aria-hidden style={{ verticalAlign: 'text-bottom', marginInlineEnd: 6 }} />
      {t('deadline.label')}: <time dateTime={deadline}>{deadlineText(deadline, timeZone)}</time>
      {' · '}
      <Text span size={size} fw={600} c={urgent ? 'red.9' : 'brand.9'}>
        {left ? t(`deadline.left.${left.unit}`, { count: left.count }) : t('deadline.passed')}
      </Text>
    </Text>
  );
}
