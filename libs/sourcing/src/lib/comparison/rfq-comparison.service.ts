import { Inject, Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { rfqNotFound } from '../access/rfq-not-found';
import type { Rfq } from '../entities/rfq.entity';
import { fxRateOn } from '../fx/fx-rate-on';
import type { FxRateUsedView } from '../fx/fx-views';
import { quotesSealed } from '../quotes/quote-errors';
import { quotesUnsealed } from '../quotes/quote-scope';
import { compareQuotes } from './comparison-compute';
import { ComparisonInputsLoader } from './comparison-inputs.loader';
import { sortComparison } from './comparison-sort';
import { emptyTrackRecordSummary, trackRecordSummaries } from '../track-record/track-record-summaries';
import type { ComparedEntryView, ComparisonLineView, ComparisonSort, RfqComparisonView } from './comparison-views';
import { LANDED_COST, type LandedCostProvider } from './landed-cost-provider';
import type { LandedCostSettings } from './landed-cost/landed-cost.types';

/** What `rfq_comparisons.snapshot` holds: the computed rows and everything they were computed with. */
export interface ComparisonSnapshot {
  computedAt: string;
  fxRate: FxRateUsedView | null;
  settings: LandedCostSettings;
  quoteCount: number;
  /** Never the suppliers' track records: those are read live each time the comparison is served. */
  lines: Array<ComparisonLineView<ComparedEntryView>>;
}

interface FrozenRow {
  snapshot: ComparisonSnapshot;
  frozen_at: Date;
  refreshed_count: number;
  refreshed_at: Date | null;
}

/**
 * The buyer's comparison of an RFQ's quotes by landed cost. Read as the quotes are (the RFQ's buyer once
 * unsealed, 403 QUOTES_SEALED before; admins; anyone else 404). Before close (open bidding) it is computed
 * live and says so (`frozenAt: null`); the first read after close freezes it, rates and assumptions and
 * rows, and later reads answer that snapshot until the buyer refreshes it.
 */
@Injectable()
export class RfqComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
    private readonly inputs: ComparisonInputsLoader,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(LANDED_COST) private readonly landed: LandedCostProvider,
  ) {}

  async read(principal: Principal, rfqId: string, sort: ComparisonSort = 'landed'): Promise<RfqComparisonView> {
    const manager = this.dataSource.manager;
    const rfq = await this.readableRfq(principal, rfqId, manager);
    if (rfq.closedAt === null) return this.view(manager, rfq, await this.compute(manager, principal, rfq), null, sort);
    const frozen = await this.frozen(manager, rfqId);
    if (frozen) return this.view(manager, rfq, frozen.snapshot, frozen, sort);
    return this.dataSource.transaction(async (tx) => {
      const stored = await this.frozenOrFreeze(tx, principal, rfq);
      return this.view(tx, rfq, stored.snapshot, stored, sort);
    });
  }

  /**
   * The frozen comparison of a closed RFQ, frozen now in the caller's transaction when nobody has read it
   * yet: what an award records as the comparison it was made on. The caller has checked who may read it.
   */
  async frozenSnapshot(manager: EntityManager, principal: Principal, rfq: Rfq): Promise<ComparisonSnapshot & { frozenAt: string }> {
    const stored = await this.frozenOrFreeze(manager, principal, rfq);
    return { ...stored.snapshot, frozenAt: stored.frozen_at.toISOString() };
  }

  private async frozenOrFreeze(manager: EntityManager, principal: Principal, rfq: Rfq): Promise<FrozenRow> {
    const existing = await this.frozen(manager, rfq.id);
    if (existing) return existing;
    const snapshot = await this.compute(manager, principal, rfq);
    // Two first reads at once: one snapshot wins, both answer it.
    await manager.query(
      `INSERT INTO rfq_comparisons (rfq_id, snapshot, frozen_at, frozen_by) VALUES ($1, $2, $3, $4) ON CONFLICT (rfq_id) DO NOTHING`,
      [rfq.id, JSON.stringify(snapshot), this.clock.now(), principal.userId],
    );
    return (await this.frozen(manager, rfq.id)) as FrozenRow;
  }

  /** The RFQ's buyer recomputes a closed RFQ's comparison with today's rates (not once awarded); audited with the old and new rate. */
  async refresh(principal: Principal, rfqId: string, origin: RequestOrigin, sort: ComparisonSort = 'landed'): Promise<RfqComparisonView> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await this.readableRfq(principal, rfqId, manager);
      if (rfq.closedAt === null) {
        throw new AppError('RFQ_INVALID_TRANSITION', {
          details: [{ field: 'rfqId', issue: 'not_closed', message: 'the comparison is computed live until the RFQ closes: there is nothing frozen to refresh' }],
        });
      }
      // Every line decided: the comparisons the awards were made on are the record; nothing is left to compare.
      if (rfq.state === 'awarded') {
        throw new AppError('RFQ_INVALID_TRANSITION', {
          details: [{ field: 'rfqId', issue: 'refresh_from_awarded', message: 'the RFQ is awarded: the comparison its awards were made on is the record and is not refreshed' }],
        });
      }
      const [before]: FrozenRow[] = await manager.query('SELECT snapshot, frozen_at, refreshed_count, refreshed_at FROM rfq_comparisons WHERE rfq_id = $1 FOR UPDATE', [rfqId]);
      const snapshot = await this.compute(manager, principal, rfq);
      const now = this.clock.now();
      await manager.query(
        `INSERT INTO rfq_comparisons (rfq_id, snapshot, frozen_at, frozen_by, refreshed_count, refreshed_at, refreshed_by) VALUES ($1, $2, $3, $4, 1, $3, $4)
         ON CONFLICT (rfq_id) DO UPDATE SET snapshot = EXCLUDED.snapshot, refreshed_count = rfq_comparisons.refreshed_count + 1, refreshed_at = EXCLUDED.refreshed_at, refreshed_by = EXCLUDED.refreshed_by`,
        [rfqId, JSON.stringify(snapshot), now, principal.userId],
      );
      await this.audit.record(manager, {
        action: 'rfq.comparison_refreshed',
        actor: principal,
        organizationId: rfq.buyerOrganizationId,
        target: { type: 'rfq', id: rfqId },
        before: { fxRate: before?.snapshot.fxRate ?? null, computedAt: before?.snapshot.computedAt ?? null },
        after: { fxRate: snapshot.fxRate, computedAt: snapshot.computedAt },
        ip: origin.ip,
      });
      return this.view(manager, rfq, snapshot, (await this.frozen(manager, rfqId)) as FrozenRow, sort);
    });
  }

  /** The RFQ if the caller may compare its quotes: suppliers and other buyers 404, the buyer 403 while sealed. */
  private async readableRfq(principal: Principal, rfqId: string, manager: EntityManager): Promise<Rfq> {
    const { rfq, role } = await this.access.resolve(principal, rfqId, manager);
    if (role === 'supplier') throw rfqNotFound();
    if (role === 'buyer' && !quotesUnsealed(rfq)) throw quotesSealed();
    return rfq;
  }

  private async compute(manager: EntityManager, principal: Principal, rfq: Rfq): Promise<ComparisonSnapshot> {
    const now = this.clock.now();
    const today = mexicoCityDate(now);
    const inputs = await this.inputs.load(manager, principal, rfq, today);
    // A rate only when a figure needs converting: an all-dollar comparison never fails for want of one.
    const fxRate = inputs.quotes.some((quote) => quote.current.currency === 'MXN') ? await fxRateOn(manager, today) : null;
    const settings = this.landed.settings();
    return { computedAt: now.toISOString(), fxRate, settings, quoteCount: inputs.quotes.length, lines: compareQuotes(inputs, fxRate, settings, this.landed.compute) };
  }

  private async frozen(manager: EntityManager, rfqId: string): Promise<FrozenRow | undefined> {
    const [row]: FrozenRow[] = await manager.query('SELECT snapshot, frozen_at, refreshed_count, refreshed_at FROM rfq_comparisons WHERE rfq_id = $1', [rfqId]);
    return row;
  }

  private async view(manager: EntityManager, rfq: Rfq, snapshot: ComparisonSnapshot, frozen: FrozenRow | null, sort: ComparisonSort): Promise<RfqComparisonView> {
    return {
      rfqId: rfq.id,
      rfqTitle: rfq.title,
      bidding: rfq.bidding,
      deliveryZip: rfq.deliveryZip,
      needBy: rfq.needBy,
      frozenAt: frozen ? frozen.frozen_at.toISOString() : null,
      refreshedCount: frozen?.refreshed_count ?? 0,
      refreshedAt: frozen?.refreshed_at ? frozen.refreshed_at.toISOString() : null,
      computedAt: snapshot.computedAt,
      fxRate: snapshot.fxRate,
      settings: snapshot.settings,
      sort,
      quoteCount: snapshot.quoteCount,
      lines: sortComparison(await withTrackRecords(manager, snapshot.lines), sort),
    };
  }
}

/** Each entry with its supplier's track record as of now (one query for all the suppliers), also on a frozen comparison. */
async function withTrackRecords(manager: EntityManager, lines: Array<ComparisonLineView<ComparedEntryView>>): Promise<ComparisonLineView[]> {
  const supplierIds = lines.flatMap((line) => line.breaks.flatMap((item) => item.entries.map((entry) => entry.supplier.supplierId)));
  const records = await trackRecordSummaries(manager, supplierIds);
  return lines.map((line) => ({
    ...line,
    breaks: line.breaks.map((item) => ({
      ...item,
      entries: item.entries.map((entry) => ({ ...entry, trackRecord: records.get(entry.supplier.supplierId) ?? emptyTrackRecordSummary() })),
    })),
  }));
}

/** Banxico publishes the FIX per Mexico City business day: "today" for a rate is that calendar date. */
export function mexicoCityDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
