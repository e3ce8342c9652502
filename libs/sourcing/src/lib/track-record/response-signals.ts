import { Injectable } from '@nestjs/common';
import { RankingSignalsSource, type RankingSignals, type RankingSignalValue } from '@puente/search';
import { DataSource } from 'typeorm';

/**
 * A supplier's responsiveness for the ranking: (answered + 1) / (due + 2), the response rate pulled toward
 * one half so a supplier with one answered invitation is not ranked as certain as one with fifty. Nothing
 * due (or no figures yet): null, which the ranking scores as "no history" (0.5).
 */
export function responsivenessSignal(due: number, answered: number): RankingSignalValue | null {
  if (due <= 0) return null;
  return {
    value: (answered + 1) / (due + 2),
    note: {
      en: `answered ${answered} of ${due} invitation${due === 1 ? '' : 's'}`,
      es: `respondió ${answered} de ${due} invitaci${due === 1 ? 'ón' : 'ones'}`,
    },
  };
}

/** Sourcing's side of search's seam: one query over `supplier_response_stats` for all the candidates. */
@Injectable()
export class SupplierResponseSignals extends RankingSignalsSource {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async signalsFor(supplierIds: readonly string[]): Promise<RankingSignals> {
    const rows: Array<{ supplier_id: string; invitations_due: number; invitations_answered: number }> =
      supplierIds.length === 0
        ? []
        : await this.dataSource.query(
            'SELECT supplier_id, invitations_due, invitations_answered FROM supplier_response_stats WHERE supplier_id = ANY($1::uuid[])',
            [[...new Set(supplierIds)]],
          );
    const signals = new Map(rows.map((row) => [row.supplier_id, responsivenessSignal(row.invitations_due, row.invitations_answered)]));
    return { responsiveness: (supplierId) => signals.get(supplierId) ?? null };
  }
}
