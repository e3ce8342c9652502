import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewItemResponse } from '../api/api-client';

const COLORS: Record<ReviewItemResponse['state'], string> = { open: 'blue.9', approved: 'green.9', rejected: 'red.9', changes_requested: 'violet.9' };

export function ReviewStateBadge({ state }: { state: ReviewItemResponse['state'] }) {
  const { t } = useTranslation('reviews');
  return (
    <Badge color={COLORS[state]} variant="outline" miw="max-content">
      {t(`states.${state}`)}
    </Badge>
  );
}

/** How long an item has waited, in the reader's language ("3 days ago", "hace 3 días"). */
export function waitingFor(iso: string, language: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  if (Math.abs(minutes) < 60 * 24) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / (60 * 24)), 'day');
}
