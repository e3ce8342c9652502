import { VERIFICATION_LEVELS, verificationLevel, type VerificationInput } from './verification-level';

const checkedOn = new Date('2026-03-02T17:00:00Z');
const everything: VerificationInput = {
  ownerEmailVerified: true,
  rfcVerifiedAt: checkedOn,
  certificatesVerifiedAt: checkedOn,
  auditReportAttached: true,
};

describe('verificationLevel', () => {
  it('climbs one level per step', () => {
    expect(verificationLevel({ ownerEmailVerified: false, rfcVerifiedAt: null, certificatesVerifiedAt: null, auditReportAttached: false })).toBe('unverified');
    expect(verificationLevel({ ...everything, rfcVerifiedAt: null, certificatesVerifiedAt: null, auditReportAttached: false })).toBe('email_verified');
    expect(verificationLevel({ ...everything, auditReportAttached: false })).toBe('documents_verified');
    expect(verificationLevel(everything)).toBe('site_audited');
  });

  it('never skips a level: no e-mail, no level, whatever else an admin did', () => {
    expect(verificationLevel({ ...everything, ownerEmailVerified: false })).toBe('unverified');
  });

  it('documents_verified needs the RFC checked', () => {
    expect(verificationLevel({ ...everything, rfcVerifiedAt: null, auditReportAttached: false })).toBe('email_verified');
    // An audit report does not stand in for the document check.
    expect(verificationLevel({ ...everything, rfcVerifiedAt: null })).toBe('email_verified');
  });

  it('needs the certificates checked, unless the caller says there are none', () => {
    expect(verificationLevel({ ...everything, certificatesVerifiedAt: null, auditReportAttached: false })).toBe('email_verified');
    expect(verificationLevel({ ...everything, certificatesVerifiedAt: null, auditReportAttached: false, hasCertificates: true })).toBe('email_verified');
    expect(verificationLevel({ ...everything, certificatesVerifiedAt: null, auditReportAttached: false, hasCertificates: false })).toBe('documents_verified');
    expect(verificationLevel({ ...everything, certificatesVerifiedAt: null, hasCertificates: false })).toBe('site_audited');
  });

  it('a certificate changed after the check is no longer covered by it', () => {
    const later = new Date(checkedOn.getTime() + 60_000);
    expect(verificationLevel({ ...everything, certificatesChangedAt: later })).toBe('email_verified');
    expect(verificationLevel({ ...everything, certificatesChangedAt: checkedOn })).toBe('site_audited');
    expect(verificationLevel({ ...everything, certificatesChangedAt: null })).toBe('site_audited');
  });

  it('ranks the levels lowest first', () => {
    expect(VERIFICATION_LEVELS.indexOf('site_audited')).toBeGreaterThan(VERIFICATION_LEVELS.indexOf('documents_verified'));
    expect(VERIFICATION_LEVELS[0]).toBe('unverified');
  });
});
