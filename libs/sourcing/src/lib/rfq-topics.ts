import { defineTopic } from '@puente/platform';

/** An RFQ was published: the worker matches and invites suppliers (`version` is the published version). */
export const rfqPublished = defineTopic<{ rfqId: string; version: number }>('sourcing.rfq.published');

/**
 * An open RFQ's quote deadline was set (at publish) or moved (by an amendment): the worker schedules the
 * delayed job that closes it. An old job that fires after a move finds the deadline not reached and does nothing.
 */
export const rfqDeadlineSet = defineTopic<{ rfqId: string; quoteDeadline: string }>('sourcing.rfq.deadline-set');

/** Why a supplier's response record may have changed; the worker recomputes it whole whatever the reason. */
export const SUPPLIER_ACTIVITY_REASONS = ['invited', 'quoted', 'declined', 'withdrawn', 'awarded', 'closed'] as const;
export type SupplierActivityReason = (typeof SUPPLIER_ACTIVITY_REASONS)[number];

/**
 * Something that feeds response statistics happened to these suppliers (profile ids): written in the same
 * transaction as the change, so the worker's recomputation never misses one and a replay changes nothing.
 */
export const supplierActivity = defineTopic<{ supplierIds: string[]; reason: SupplierActivityReason }>('sourcing.supplier.activity');
