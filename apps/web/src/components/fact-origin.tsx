import { Badge } from '@mantine/core';
import { IconBuildingFactory2, IconFileDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FactName, ListingView } from '../api/claims';

export type FactOrigins = ListingView['factOrigins'];

/** Where one fact of a listing came from, in words: "from the registry" or "from the company". */
export function FactOrigin({ origins, fact }: { origins: FactOrigins | null | undefined; fact: FactName }) {
  const { t } = useTranslation('directory');
  const origin = origins?.[fact];
  if (!origin) return null;
  const Icon = origin === 'owner' ? IconBuildingFactory2 : IconFileDatabase;
  return (
    <Badge
      variant="outline"
      color={origin === 'owner' ? 'brand.8' : 'gray.8'}
      size="sm"
      tt="none"
      fw={500}
      leftSection={<Icon size={12} aria-hidden />}
      miw="max-content"
      data-origin={origin}
    >
      {t(`listing.origin.${origin}`)}
    </Badge>
  );
}
