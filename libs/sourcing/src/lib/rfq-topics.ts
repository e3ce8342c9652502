import { defineTopic } from '@puente/platform';

/** An RFQ was published: the worker matches and invites suppliers (`version` is the published version). */
export const rfqPublished = defineTopic<{ rfqId: string; version: number }>('sourcing.rfq.published');

/**
 * An open RFQ's quote deadline was set (at publish) or moved (by an amendment): the worker schedules the
 * delayed job that closes it. An old job that fires after a move finds the deadline not reached and does nothing.
 */
export const rfqDeadlineSet = defineTopic<{ rfqId: string; quoteDeadline: string }>('sourcing.rfq.deadline-set');
