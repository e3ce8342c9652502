import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VISIBLE_PROFILE_SQL } from '../sync/visible-profiles';

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
      `SELECT p.id FROM supplier_profiles p WHERE p.id = ANY($1::uuid[]) AND ${VISIBLE_PROFILE_SQL}`,
      [supplierIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
