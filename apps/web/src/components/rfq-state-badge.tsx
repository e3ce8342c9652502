import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RfqState } from '../api/rfqs';

// Dark shades: an outline badge's text keeps AA contrast on white. The word says the state; colour only helps.
const COLORS: Record<RfqState, string> = { draft: 'gray.8', pending_review: 'violet.9', open: 'brand.9', closed: 'blue.9', awarded: 'indigo.9', cancelled: 'red.9' };

export function RfqStateBadge({ state }: { state: RfqState }) {
  const { t } = useTranslation('rfqs');
  return (
    <Badge color={COLORS[state]} variant="outline" miw="max-content" data-testid="rfq-state">
      {t(`states.${state}`)}
    </Badge>
  );
}
