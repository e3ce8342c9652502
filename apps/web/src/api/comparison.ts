import {
  awardsControllerAward,
  awardsControllerList,
  comparisonControllerRead,
  comparisonControllerRefresh,
  type AwardRfqDto,
  type ComparisonEntryResponse,
  type ComparisonLineResponse,
  type LandedCostBreakdownResponse,
  type RfqAwardsResponse,
  type RfqComparisonResponse,
} from './api-client';
import { downloadWithToken } from './download';

// The buyer's names for the comparison and award routes (issue 17): quotes side by side by landed cost, the
// CSV of it, a refresh with today's rate, and awarding lines to a quote.

export type Comparison = RfqComparisonResponse;
export type ComparisonLine = ComparisonLineResponse;
export type ComparisonEntry = ComparisonEntryResponse;
export type LandedBreakdown = LandedCostBreakdownResponse;
export type RfqAwards = RfqAwardsResponse;
export type AwardInput = AwardRfqDto;

/** GET /rfqs/{rfqId}/comparison: frozen at the first read after close. */
export const getComparison = (rfqId: string) => comparisonControllerRead({ path: { rfqId } });

/** POST /rfqs/{rfqId}/comparison/refresh: recomputed with today's rate. */
export const refreshComparison = (rfqId: string) => comparisonControllerRefresh({ path: { rfqId } });

/** GET /rfqs/{rfqId}/awards: who won which line, the lines closed unawarded, the RFQ's state. */
export const getAwards = (rfqId: string) => awardsControllerList({ path: { rfqId } });

/** POST /rfqs/{rfqId}/award: the lines to one quote. */
export const awardLines = (rfqId: string, body: AwardInput) => awardsControllerAward({ path: { rfqId }, body });

/** The comparison as CSV, headers in `language`, saved under the API's name for it. */
export const downloadComparisonCsv = ({ rfqId, accessToken, language }: { rfqId: string; accessToken: string | null; language: string }): Promise<void> =>
  downloadWithToken({
    path: `/api/v1/rfqs/${encodeURIComponent(rfqId)}/comparison?format=csv&lang=${encodeURIComponent(language)}`,
    fallbackName: `comparison-${rfqId.slice(0, 8)}.csv`,
    accessToken,
    language,
  });
