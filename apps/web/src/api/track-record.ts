import { suppliersControllerTrackRecord, type SupplierTrackRecordResponse, type TrackRecordSummaryResponse } from './api-client';

// A supplier's public track record (issue 17): response figures computed by the worker, buyers' ratings with replies.

export type TrackRecord = SupplierTrackRecordResponse;
export type TrackRecordSummary = TrackRecordSummaryResponse;

/** GET /suppliers/{supplierId}/track-record: as visible as the profile. */
export const getTrackRecord = (supplierId: string) => suppliersControllerTrackRecord({ path: { supplierId } });
