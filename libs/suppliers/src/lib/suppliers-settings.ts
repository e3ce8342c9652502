/** What the suppliers context reads from configuration. */
export interface SuppliersSettings {
  /** UPLOAD_MAX_BYTES */
  uploadMaxBytes: number;
  /** UPLOAD_QUOTA_BYTES_PER_ORGANIZATION */
  uploadQuotaBytes: number;
}

export const SUPPLIERS_SETTINGS = Symbol('SUPPLIERS_SETTINGS');
