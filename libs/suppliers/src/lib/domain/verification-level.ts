// How far an admin has verified a supplier, stored on the profile, shown as a badge and used by ranking.
// Each level includes the one before it: a site audit without verified documents is still not site_audited.

export type VerificationLevel = 'unverified' | 'email_verified' | 'documents_verified' | 'site_audited';

/** Lowest first, so the index is a rank. */
export const VERIFICATION_LEVELS: readonly VerificationLevel[] = ['unverified', 'email_verified', 'documents_verified', 'site_audited'];

export interface VerificationInput {
  ownerEmailVerified: boolean;
  rfcVerifiedAt: Date | null;
  certificatesVerifiedAt: Date | null;
  auditReportAttached: boolean;
  /**
   * Whether the profile lists any certification. When not given, certificates are assumed to exist, so a
   * caller that forgets to say can never grant documents_verified with unchecked certificates.
   */
  hasCertificates?: boolean;
  /** The last time a certification was added or changed: a check older than that no longer covers them. */
  certificatesChangedAt?: Date | null;
}

export function verificationLevel(input: VerificationInput): VerificationLevel {
  if (!input.ownerEmailVerified) return 'unverified';
  if (input.rfcVerifiedAt === null || !certificatesChecked(input)) return 'email_verified';
  return input.auditReportAttached ? 'site_audited' : 'documents_verified';
}

function certificatesChecked(input: VerificationInput): boolean {
  if (input.hasCertificates === false) return true;
  if (input.certificatesVerifiedAt === null) return false;
  const changedAt = input.certificatesChangedAt ?? null;
  return changedAt === null || changedAt.getTime() <= input.certificatesVerifiedAt.getTime();
}
