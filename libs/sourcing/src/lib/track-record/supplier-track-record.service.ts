import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SupplierRating } from '../entities/supplier-rating.entity';
import { supplierRatingView } from '../ratings/rating-view';
import { emptyTrackRecordSummary, trackRecordSummaries } from './track-record-summaries';
import type { SupplierTrackRecordView } from './track-record-views';

/** How many ratings the track record lists (the newest). */
export const TRACK_RECORD_RECENT_RATINGS = 10;

/**
 * A supplier's public track record. The caller has already applied the profile's visibility rules
 * (`SupplierProfileService.visibleSupplierId`): this answers for any profile id it is given.
 */
@Injectable()
export class SupplierTrackRecordService {
  constructor(private readonly dataSource: DataSource) {}

  async view(supplierId: string): Promise<SupplierTrackRecordView> {
    const manager = this.dataSource.manager;
    const summary = (await trackRecordSummaries(manager, [supplierId])).get(supplierId) ?? emptyTrackRecordSummary();
    const recent = await manager.find(SupplierRating, {
      where: { supplierId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: TRACK_RECORD_RECENT_RATINGS,
    });
    return { supplierId, ...summary, recentRatings: recent.map(supplierRatingView) };
  }
}
