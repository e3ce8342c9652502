import { AppError } from '@puente/platform';
import '../sourcing.errors';
import { RFQ_STATES } from '../rfq-vocabulary';
import { assertTransition, type RfqAction } from './rfq-transitions';

const ALLOWED: Record<RfqAction, string[]> = {
  edit: ['draft', 'open'],
  publish: ['draft'],
  close: ['open'],
  cancel: ['draft', 'open', 'closed'],
  attach: ['draft', 'open'],
  detach: ['draft'],
  change_bidding: ['draft'],
  award: ['closed'],
};

describe('assertTransition', () => {
  for (const [action, from] of Object.entries(ALLOWED) as Array<[RfqAction, string[]]>) {
    it.each(RFQ_STATES.map((state) => [state]))(`${action} from %s`, (state) => {
      let thrown: unknown = null;
      try {
        assertTransition(action, state);
      } catch (error) {
        thrown = error;
      }
      if (from.includes(state)) {
        expect(thrown).toBeNull();
      } else {
        expect(thrown).toBeInstanceOf(AppError);
        expect([(thrown as AppError).code, (thrown as AppError).details[0].issue]).toEqual(['RFQ_INVALID_TRANSITION', `${action}_from_${state}`]);
      }
    });
  }
});
