import { AppError } from '@puente/platform';
import type { RfqState } from '../rfq-vocabulary';

export type RfqAction = 'edit' | 'publish' | 'close' | 'cancel' | 'attach' | 'detach' | 'change_bidding' | 'award';

/** The states each buyer action starts from; anything else is 409 RFQ_INVALID_TRANSITION. */
const FROM: Record<RfqAction, readonly RfqState[]> = {
  edit: ['draft', 'open'],
  publish: ['draft'],
  close: ['open'],
  cancel: ['draft', 'open', 'closed'],
  attach: ['draft', 'open'],
  // A published file may already be in a supplier's hands: removing it would rewrite history.
  detach: ['draft'],
  // Suppliers quote knowing whether the buyer sees prices before the close: opening sealed prices
  // mid-way (or sealing open ones) would change the terms they quoted on.
  change_bidding: ['draft'],
  // Quotes are unsealed once closed; an RFQ already awarded has no line left to award.
  award: ['closed'],
};

/**
 * A closed RFQ with some lines awarded is still `closed` (it becomes `awarded` when every line is decided);
 * actions that an award rules out name it as this condition (`cancel_from_partially_awarded`).
 */
export type RfqCondition = RfqState | 'partially_awarded';

/** 409 RFQ_INVALID_TRANSITION with issue `<action>_from_<state>` unless the action may start from the state. */
export function assertTransition(action: RfqAction, state: RfqCondition, field = 'state'): void {
  if ((FROM[action] as readonly RfqCondition[]).includes(state)) return;
  throw new AppError('RFQ_INVALID_TRANSITION', {
    details: [{ field, issue: `${action}_from_${state}`, message: `a request for quote cannot ${action} while ${state}` }],
  });
}
