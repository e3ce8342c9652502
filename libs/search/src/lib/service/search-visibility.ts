import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Read-time visibility: the index follows PostgreSQL through the outbox, a little later. Before answering,
 * the page's ids are checked against the profiles (one indexed query for at most a page of ids), so a
 * suspension or withdrawal hides a listing at once, before the worker removes its document.
 */
@Injectable()
export class SearchVisibility {
  constructor(private readonly dataSource: DataSource) {}

  async visible(supplierIds: string[]): Promise<Set<string>> {
    if (supplierIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM supplier_profiles
        WHERE id = ANY($1::uuid[]) AND published_data IS NOT NULL AND state NOT IN ('suspended', 'withdrawn')`,
      [supplierIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
