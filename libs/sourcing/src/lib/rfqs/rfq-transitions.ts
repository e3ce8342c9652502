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

/** 409 RFQ_INVALID_TRANSITION with issue `<action>_from_<state>` unless the action may start from the state. */
export function assertTransition(action: RfqAction, state: RfqState, field = 'state'): void {
  if (FROM[action].includes(state)) return;
  throw new AppError('RFQ_INVALID_TRANSITION', {
    details: [{ field, issue: `${action}_from_${state}`, message: `a request for quote cannot ${action} while ${state}` }],
  });
}
