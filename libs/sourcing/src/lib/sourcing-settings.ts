import type { SearchModuleOptions } from '@puente/search';

/** What the sourcing context's worker side reads from the configuration. */
export interface SourcingWorkerSettings {
  /** Links in notices: PUBLIC_WEB_URL joined with the page's path. */
  publicWebUrl: string;
  /** RFQ_INVITE_TOP_N: suppliers the fan-out invites from the matching (the buyer's own picks come on top). */
  inviteTopN: number;
  /** RFQ_DEADLINE_SWEEP_SECONDS: how often the sweep closes open RFQs past their deadline. */
  deadlineSweepSeconds: number;
  /** The search engine the matching reads (the same choice as the search worker's). */
  search: SearchModuleOptions;
}

export const SOURCING_WORKER_SETTINGS = Symbol('SOURCING_WORKER_SETTINGS');

/** From the worker's configuration (`RFQ_INVITE_TOP_N`, `RFQ_DEADLINE_SWEEP_SECONDS`, `PUBLIC_WEB_URL`). */
export function sourcingWorkerSettingsFrom(
  config: { PUBLIC_WEB_URL: string; RFQ_INVITE_TOP_N: number; RFQ_DEADLINE_SWEEP_SECONDS: number },
  search: SearchModuleOptions,
): SourcingWorkerSettings {
  return { publicWebUrl: config.PUBLIC_WEB_URL, inviteTopN: config.RFQ_INVITE_TOP_N, deadlineSweepSeconds: config.RFQ_DEADLINE_SWEEP_SECONDS, search };
}
