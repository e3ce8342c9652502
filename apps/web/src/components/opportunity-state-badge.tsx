import { Badge } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InvitationState, RfqState } from '../api/opportunities';

const RFQ_COLORS: Record<RfqState, string> = { draft: 'gray.8', pending_review: 'blue.9', open: 'brand.9', closed: 'gray.8', awarded: 'violet.9', cancelled: 'red.9' };

/** The RFQ's state in words (open, closed…). */
export function OpportunityStateBadge({ state }: { state: RfqState }) {
  const { t } = useTranslation('opportunities');
  return (
    <Badge color={RFQ_COLORS[state]} variant="outline" miw="max-content" data-testid="rfq-state">
      {t(`states.${state}`)}
    </Badge>
  );
}

/** The caller's invitation in words: invited, or declined. */
export function OpportunityInvitationBadge({ state }: { state: InvitationState }) {
  const { t } = useTranslation('opportunities');
  return (
    <Badge color={state === 'invited' ? 'brand.9' : 'gray.8'} variant={state === 'invited' ? 'filled' : 'outline'} miw="max-content" data-testid="invitation-state">
      {t(`invitationStates.${state}`)}
    </Badge>
  );
}

/** The NDA requirement, marked on lists so a supplier knows before opening the request. */
export function OpportunityNdaBadge() {
  const { t } = useTranslation('opportunities');
  return (
    <Badge color="violet.9" variant="outline" leftSection={<IconLock size={12} aria-hidden />} miw="max-content" data-testid="nda-badge">
      {t('summary.nda')}
    </Badge>
  );
}
