import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import type { EntityManager } from 'typeorm';
import { Quote } from '../entities/quote.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import { Rfq } from '../entities/rfq.entity';
import { quoteReadCondition } from '../quotes/quote-scope';
import { QuoteViewLoader } from '../quotes/quote-view.loader';
import type { QuoteView } from '../quotes/quote-views';
import type { ComparisonCertificationView } from './comparison-views';

export interface PlantPlace {
  name: string;
  lat: number;
  lon: number;
  state: string | null;
}

/** Everything a comparison is computed from, read in one go. */
export interface ComparisonInputs {
  rfq: Rfq;
  lines: RfqLine[];
  /** The active quotes the caller may read in full. */
  quotes: QuoteView[];
  plants: Map<string, PlantPlace>;
  /** By supplier profile id: certifications valid on the need-by date. */
  certifications: Map<string, ComparisonCertificationView[]>;
}

/**
 * Reads the quotes to compare through the same sealing rule as every quote read (`quoteReadCondition` in the
 * query's WHERE), then the plants' coordinates and the suppliers' certifications valid on the need-by date.
 */
@Injectable()
export class ComparisonInputsLoader {
  constructor(private readonly views: QuoteViewLoader) {}

  async load(manager: EntityManager, principal: Principal, rfq: Rfq, today: string): Promise<ComparisonInputs> {
    const quotes = await manager
      .createQueryBuilder(Quote, 'q')
      .innerJoin(Rfq, 'r', 'r.id = q.rfq_id')
      .where(quoteReadCondition(principal, ':organizationId'), { organizationId: principal.organizationId })
      .andWhere('q.rfq_id = :rfqId', { rfqId: rfq.id })
      .andWhere(`q.state = 'active'`)
      .getMany();
    const views = await this.views.views(manager, rfq, quotes);
    const lines = await manager.find(RfqLine, { where: { rfqId: rfq.id }, order: { position: 'ASC' } });
    const plantIds = [...new Set(views.map((view) => view.current.delivery.plant?.id).filter((id): id is string => !!id))];
    const plants: Array<{ id: string; name: string; lat: number; lon: number; state: string }> = await manager.query(
      'SELECT id, name, lat, lon, state FROM supplier_plants WHERE id = ANY($1::uuid[])',
      [plantIds],
    );
    const supplierIds = [...new Set(views.map((view) => view.supplier.supplierId))];
    const certifications: Array<{ profile_id: string; type: string; valid_until: string | null }> = await manager.query(
      `SELECT profile_id, type, to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM supplier_certifications
        WHERE profile_id = ANY($1::uuid[]) AND (valid_from IS NULL OR valid_from <= $2::date) AND (valid_until IS NULL OR valid_until >= $2::date)
        ORDER BY type, valid_until DESC NULLS FIRST`,
      [supplierIds, rfq.needBy ?? today],
    );
    const bySupplier = new Map<string, ComparisonCertificationView[]>();
    for (const row of certifications) {
      const held = bySupplier.get(row.profile_id) ?? [];
      // One per type: the longest-lasting (the ORDER BY puts it first).
      if (!held.some((certification) => certification.type === row.type)) held.push({ type: row.type, validUntil: row.valid_until });
      bySupplier.set(row.profile_id, held);
    }
    return {
      rfq,
      lines,
      quotes: views,
      plants: new Map(plants.map((plant) => [plant.id, { name: plant.name, lat: plant.lat, lon: plant.lon, state: plant.state }])),
      certifications: bySupplier,
    };
  }
}
