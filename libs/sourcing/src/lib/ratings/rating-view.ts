import type { SupplierRating } from '../entities/supplier-rating.entity';
import type { SupplierRatingView } from './rating-views';

/** The one mapping from a stored rating to what every route answers (buyer's list, supplier's list, public track record). */
export function supplierRatingView(rating: SupplierRating): SupplierRatingView {
  return {
    id: rating.id,
    rfqId: rating.rfqId,
    quoteId: rating.quoteId,
    supplierId: rating.supplierId,
    quality: rating.quality,
    communication: rating.communication,
    onTime: rating.onTime,
    comment: rating.comment,
    createdAt: rating.createdAt.toISOString(),
    updatedAt: rating.updatedAt.toISOString(),
    editableUntil: rating.editableUntil.toISOString(),
    reply: rating.reply !== null && rating.repliedAt !== null ? { text: rating.reply, repliedAt: rating.repliedAt.toISOString() } : null,
  };
}
