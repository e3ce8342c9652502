import { Badge } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Unclaimed" or "Claimed" in words (an icon as well, never colour only). */
export function ListingClaimedBadge({ claimed, long = false }: { claimed: boolean; long?: boolean }) {
  const { t } = useTranslation('directory');
  const Icon = claimed ? IconCircleCheck : IconCircleDashed;
  return (
    <Badge
      color={claimed ? 'brand' : 'gray.8'}
      variant={claimed ? 'filled' : 'outline'}
      leftSection={<Icon size={14} aria-hidden />}
      miw="max-content"
      data-testid="listing-claimed"
    >
      {claimed ? t('badge.claimed') : t(long ? 'badge.unclaimedListing' : 'badge.unclaimed')}
    </Badge>
  );
}
