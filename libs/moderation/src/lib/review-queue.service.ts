import { Injectable } from '@nestjs/common';
import { AuditLog } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import './moderation.errors';
import { decodeReviewCursor, encodeReviewCursor } from './review-cursor';
import { ReviewItem, type ReviewState } from './review-item.entity';
import { isReviewReasonCode } from './review-reasons';
import type { ReviewDecision, ReviewDecisionState, ReviewFieldComparison, ReviewKind } from './review-subject';
import { ReviewSubjectHandlers } from './review-subject-handlers';

export const REVIEW_NOTE_MAX_LENGTH = 2000;

/** Who acts on the queue: a platform admin. */
export interface ReviewActor {
  userId: string;
  organizationId: string | null;
  ip?: string | null;
}

export interface ReviewListFilter {
  kind?: ReviewKind;
  state?: ReviewState;
  /** `me` (the caller), `none` (unassigned) or a user id. */
  assignee?: string;
  cursor?: string;
  limit: number;
}

/** An item as the queue shows it, with names to read instead of ids. */
export interface ReviewItemView {
  id: string;
  kind: ReviewKind;
  subjectId: string;
  organizationId: string;
  organizationName: string | null;
  state: ReviewState;
  assigneeUserId: string | null;
  assigneeName: string | null;
  reasonCode: string | null;
  note: string | null;
  decidedByUserId: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewItemDetail {
  item: ReviewItemView;
  /** Published beside proposed, for an open item; null once decided (the subject has moved on). */
  comparison: ReviewFieldComparison[] | null;
}

export interface ReviewDecisionInput {
  state: ReviewDecisionState;
  reasonCode?: string | null;
  note?: string | null;
}

/**
 * The one queue of review items, whatever their kind. Decisions are applied by the handler of the
 * subject's kind inside the transaction that records them, so a decision and its effect commit together.
 */
@Injectable()
export class ReviewQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: ReviewSubjectHandlers,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Puts a subject in the queue, inside the caller's transaction (the submission that needs review).
   * Idempotent: while an item for the subject is open it is returned as it is. After a decision a
   * new item is opened, so each decision stays on record.
   */
  async open(manager: EntityManager, input: { kind: ReviewKind; subjectId: string; organizationId: string }): Promise<ReviewItem> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('ReviewQueue.open must run inside the transaction of the submission it reviews');
    }
    const now = this.clock.now();
    // ON CONFLICT on the partial unique index: two submissions at once still make one open item.
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO review_items (kind, subject_id, organization_id, state, created_at, updated_at)
       VALUES ($1, $2, $3, 'open', $4, $4)
       ON CONFLICT (kind, subject_id) WHERE state = 'open' DO NOTHING
       RETURNING id`,
      [input.kind, input.subjectId, input.organizationId, now],
    );
    const found = inserted.length
      ? await manager.findOneByOrFail(ReviewItem, { id: inserted[0].id })
      : await manager.findOneByOrFail(ReviewItem, { kind: input.kind, subjectId: input.subjectId, state: 'open' });
    return found;
  }

  /**
   * Rejects a subject's open item inside the caller's transaction, when the owning context decided it as
   * the effect of another decision (a competing claim approved): recorded and audited like an admin's
   * rejection, without calling the handler (the caller applies the effect itself). No open item: nothing.
   */
  async rejectOpen(
    manager: EntityManager,
    input: { kind: ReviewKind; subjectId: string; reasonCode: string; note: string | null; decidedByUserId: string },
  ): Promise<void> {
    // SKIP LOCKED: an admin deciding that very item right now holds its lock; waiting for it could deadlock,
    // and their decision closes it anyway (the owning context sees the subject already decided).
    const [row]: Array<{ id: string }> = await manager.query(
      `SELECT id FROM review_items WHERE kind = $1 AND subject_id = $2 AND state = 'open' FOR UPDATE SKIP LOCKED`,
      [input.kind, input.subjectId],
    );
    const item = row ? await manager.findOneByOrFail(ReviewItem, { id: row.id }) : null;
    if (!item) return;
    const now = this.clock.now();
    await manager.update(
      ReviewItem,
      { id: item.id },
      { state: 'rejected', reasonCode: input.reasonCode, note: input.note, decidedByUserId: input.decidedByUserId, decidedAt: now, updatedAt: now },
    );
    await this.audit.record(manager, {
      action: 'review.rejected',
      actor: { userId: input.decidedByUserId, organizationId: null },
      organizationId: item.organizationId,
      target: { type: 'review_item', id: item.id },
      before: { state: item.state },
      after: { state: 'rejected', kind: item.kind, subjectId: item.subjectId, reasonCode: input.reasonCode },
    });
  }

  /**
   * Removes a subject's open item inside the caller's transaction: its submitter withdrew it before anyone
   * decided, so there is no decision to keep (the owning context keeps the withdrawal on its own record).
   * False, without waiting, when an admin is deciding that item right now (the caller refuses the withdrawal).
   */
  async withdraw(manager: EntityManager, input: { kind: ReviewKind; subjectId: string }): Promise<boolean> {
    const [free]: Array<{ id: string }> = await manager.query(
      `SELECT id FROM review_items WHERE kind = $1 AND subject_id = $2 AND state = 'open' FOR UPDATE SKIP LOCKED`,
      [input.kind, input.subjectId],
    );
    if (free) {
      await manager.delete(ReviewItem, { id: free.id });
      return true;
    }
    return !(await manager.existsBy(ReviewItem, { kind: input.kind, subjectId: input.subjectId, state: 'open' }));
  }

  /** Oldest first; page on with `cursor` = the previous page's `nextCursor`. */
  async list(filter: ReviewListFilter, caller: ReviewActor): Promise<{ data: ReviewItemView[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter.kind) add((p) => `r.kind = ${p}`, filter.kind);
    if (filter.state) add((p) => `r.state = ${p}`, filter.state);
    if (filter.assignee === 'none') where.push('r.assignee_user_id IS NULL');
    else if (filter.assignee) add((p) => `r.assignee_user_id = ${p}`, filter.assignee === 'me' ? caller.userId : filter.assignee);
    if (filter.cursor) {
      const after = decodeReviewCursor(filter.cursor);
      params.push(after.createdAt, after.id);
      where.push(`(r.created_at, r.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(filter.limit + 1);
    const rows = await this.dataSource.query(
      `${SELECT_VIEW} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.created_at, r.id LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, filter.limit).map(toView);
    const last = rows.length > filter.limit ? page[page.length - 1] : null;
    return { data: page, nextCursor: last ? encodeReviewCursor(new Date(last.createdAt), last.id) : null };
  }

  async get(id: string): Promise<ReviewItemDetail> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const item = await this.view(manager, id);
      const comparison = item.state === 'open' ? await this.handlers.get(item.kind).compare(item.subjectId, manager) : null;
      return { item, comparison };
    });
  }

  /** Takes an open item (from whoever had it: admins may take over a stalled review). */
  async assignToMe(id: string, admin: ReviewActor): Promise<ReviewItemView> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockOpen(manager, id);
      await manager.update(ReviewItem, { id }, { assigneeUserId: admin.userId, updatedAt: this.clock.now() });
      await this.audit.record(manager, {
        action: 'review.assigned',
        actor: { userId: admin.userId, organizationId: admin.organizationId },
        organizationId: item.organizationId,
        target: { type: 'review_item', id },
        before: { assigneeUserId: item.assigneeUserId },
        after: { assigneeUserId: admin.userId },
        ip: admin.ip ?? null,
      });
      return this.view(manager, id);
    });
  }

  /** Records a decision, lets the subject's context apply it and audits it, all in one transaction. */
  async decide(id: string, admin: ReviewActor, input: ReviewDecisionInput): Promise<ReviewItemView> {
    const reasonCode = input.reasonCode ?? null;
    const note = input.note ?? null;
    checkDecisionInput(input.state, reasonCode, note);
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockOpen(manager, id);
      const handler = this.handlers.get(item.kind);
      const decision: ReviewDecision = { state: input.state, reasonCode, note, decidedByUserId: admin.userId, decidedAt: this.clock.now() };
      await manager.update(
        ReviewItem,
        { id },
        { state: decision.state, reasonCode, note, decidedByUserId: admin.userId, decidedAt: decision.decidedAt, updatedAt: decision.decidedAt },
      );
      await handler.onDecision(item.subjectId, decision, manager);
      await this.audit.record(manager, {
        action: `review.${decision.state}`,
        actor: { userId: admin.userId, organizationId: admin.organizationId },
        organizationId: item.organizationId,
        target: { type: 'review_item', id },
        before: { state: item.state },
        after: { state: decision.state, kind: item.kind, subjectId: item.subjectId, reasonCode, ...(note ? { note } : {}) },
        ip: admin.ip ?? null,
      });
      return this.view(manager, id);
    });
  }

  private async lockOpen(manager: EntityManager, id: string): Promise<ReviewItem> {
    // The row lock makes two admins deciding at once take turns: the second sees the decision.
    const item = await manager.findOne(ReviewItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw notFound();
    if (item.state !== 'open') {
      throw new AppError('REVIEW_ALREADY_DECIDED', { details: [{ field: 'id', issue: 'already_decided', message: `this review is already ${item.state}` }] });
    }
    return item;
  }

  private async view(manager: EntityManager, id: string): Promise<ReviewItemView> {
    const [row] = await manager.query(`${SELECT_VIEW} WHERE r.id = $1`, [id]);
    if (!row) throw notFound();
    return toView(row);
  }
}

function checkDecisionInput(state: ReviewDecisionState, reasonCode: string | null, note: string | null): void {
  if (reasonCode === null && state !== 'approved') {
    throw invalid('reasonCode', 'isNotEmpty', `reasonCode is required to ${state === 'rejected' ? 'reject' : 'request changes'}`);
  }
  if (reasonCode !== null && !isReviewReasonCode(reasonCode)) {
    throw invalid('reasonCode', 'isIn', 'reasonCode is not one of the review reasons');
  }
  if (note !== null && note.length > REVIEW_NOTE_MAX_LENGTH) {
    throw invalid('note', 'maxLength', `note must be at most ${REVIEW_NOTE_MAX_LENGTH} characters`);
  }
}

function invalid(field: string, issue: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { details: [{ field, issue, message }] });
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', { details: [{ field: 'id', issue: 'not_found', message: 'review not found' }] });
}

// Names for display are read from identity's tables; moderation stores only ids.
const SELECT_VIEW = `
  SELECT r.*, o.name AS organization_name, u.name AS assignee_name
  FROM review_items r
  LEFT JOIN organizations o ON o.id = r.organization_id
  LEFT JOIN users u ON u.id = r.assignee_user_id`;

interface ViewRow {
  id: string;
  kind: ReviewKind;
  subject_id: string;
  organization_id: string;
  organization_name: string | null;
  state: ReviewState;
  assignee_user_id: string | null;
  assignee_name: string | null;
  reason_code: string | null;
  note: string | null;
  decided_by_user_id: string | null;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

function toView(row: ViewRow): ReviewItemView {
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subject_id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    state: row.state,
    assigneeUserId: row.assignee_user_id,
    assigneeName: row.assignee_name,
    reasonCode: row.reason_code,
    note: row.note,
    decidedByUserId: row.decided_by_user_id,
    decidedAt: row.decided_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
