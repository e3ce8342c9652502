import { Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/format';
import { timeLeft } from './opportunity-time-left';

/** "Dec 12, 2026, 5:00 PM CST": the deadline in the reader's time zone, named so nobody misreads whose 5 PM it is. */
export function deadlineText(iso: string, timeZone?: string): string {
  // dateStyle cannot be combined with timeZoneName: the parts are spelled out instead.
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
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
  const left = timeLeft(deadline, Date.now());
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
