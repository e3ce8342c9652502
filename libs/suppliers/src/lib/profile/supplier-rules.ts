// The pure rules the profile service uses, behind one import. Until the domain rules
// (libs/suppliers/src/lib/domain) land, these stand-ins follow the agreed signatures with the
// simplest honest behaviour; this file then becomes a re-export.
import { geocodeMexicanAddress, vocabulary, matchText } from '@puente/catalog';

export type RfcKind = 'moral' | 'fisica';
export interface RfcCheck {
  valid: boolean;
  kind: RfcKind | null;
  issue: 'format' | 'date' | 'check_digit' | null;
  normalized: string;
}

export function checkRfc(input: string): RfcCheck {
  const normalized = input.trim().toUpperCase();
  const match = /^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z\d]{3})$/.exec(normalized);
  if (!match) return { valid: false, kind: null, issue: 'format', normalized };
  const kind: RfcKind = match[1].length === 3 ? 'moral' : 'fisica';
  const month = Number(match[3]);
  const day = Number(match[4]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return { valid: false, kind, issue: 'date', normalized };
  return { valid: true, kind, issue: null, normalized };
}

export function maskRfc(normalized: string, shownChars: number): string {
  const chars = Array.from(normalized);
  const letters = /^([A-ZÑ&]{3,4})\d/.exec(normalized);
  const prefix = letters ? letters[1].length : 0;
  const shown = Math.max(0, Math.min(Math.floor(shownChars) || 0, chars.length));
  return chars.map((c, i) => (i < prefix || i >= chars.length - shown ? c : '*')).join('');
}

export interface PlantAddress {
  state: string;
  municipality?: string;
  locality?: string;
  postalCode?: string;
  street?: string;
  point?: { lat: number; lon: number };
}
export interface NearestPort {
  portCode: string;
  portName: string;
  roadKm: number;
  daysToBorder: number;
}
export interface PlantLocation {
  lat: number;
  lon: number;
  precision: 'point' | 'locality' | 'municipality' | 'state';
  stateCode: string;
  municipalityCode: string | null;
  localityCode: string | null;
  nearestPorts: NearestPort[];
}
export type PlantLocationResult = { ok: true; location: PlantLocation } | { ok: false; field: string; issue: string };

export function locatePlant(address: PlantAddress): PlantLocationResult {
  const found = geocodeMexicanAddress({ state: address.state, municipality: address.municipality, locality: address.locality, postalCode: address.postalCode });
  if (!found) return { ok: false, field: 'state', issue: 'not_found' };
  if (address.municipality && !found.matched.municipality) return { ok: false, field: 'municipality', issue: 'not_found' };
  return {
    ok: true,
    location: {
      lat: address.point?.lat ?? found.lat,
      lon: address.point?.lon ?? found.lon,
      precision: address.point ? 'point' : found.precision,
      stateCode: found.matched.state.code,
      municipalityCode: found.matched.municipality?.code ?? null,
      localityCode: found.matched.locality?.code ?? null,
      nearestPorts: [],
    },
  };
}

export type CapabilityKind = 'process' | 'material' | 'industry';
export interface CapabilitySuggestion {
  code: string;
  kind: CapabilityKind;
  name: { en: string; es: string };
  evidence: string;
}

export function suggestCapabilities(description: string): CapabilitySuggestion[] {
  return matchText(description, { kinds: ['process', 'material', 'industry'] }).flatMap((match) => {
    const entry = vocabulary().entry(match.code);
    return entry ? [{ code: entry.code, kind: entry.kind as CapabilityKind, name: { en: entry.name.en, es: entry.name.es }, evidence: match.matched }] : [];
  });
}

export function unknownVocabularyCodes(codes: readonly string[], kind: CapabilityKind | 'certification'): string[] {
  return codes.filter((code) => vocabulary().entry(code)?.kind !== kind);
}

export type CertificationStatus = 'valid' | 'expired' | 'not_yet_valid';
export function certificationStatus(dates: { validFrom: string | null; validUntil: string | null }, now: Date): CertificationStatus {
  const today = now.toISOString().slice(0, 10);
  if (dates.validFrom && today < dates.validFrom) return 'not_yet_valid';
  if (dates.validUntil && today > dates.validUntil) return 'expired';
  return 'valid';
}

export function certificationDatesProblem(validFrom: string | null, validUntil: string | null): null | { field: 'validUntil'; issue: 'before_valid_from' } {
  return validFrom && validUntil && validUntil < validFrom ? { field: 'validUntil', issue: 'before_valid_from' } : null;
}

export function repseStatus(registeredOn: string | null, validUntil: string | null, now: Date): 'valid' | 'expired' | 'none' {
  if (!registeredOn && !validUntil) return 'none';
  return validUntil && now.toISOString().slice(0, 10) > validUntil ? 'expired' : 'valid';
}

export type VerificationLevel = 'unverified' | 'email_verified' | 'documents_verified' | 'site_audited';
export function verificationLevel(input: {
  ownerEmailVerified: boolean;
  rfcVerifiedAt: Date | string | null;
  certificatesVerifiedAt: Date | string | null;
  auditReportAttached: boolean;
}): VerificationLevel {
  if (!input.ownerEmailVerified) return 'unverified';
  if (!input.rfcVerifiedAt || !input.certificatesVerifiedAt) return 'email_verified';
  return input.auditReportAttached ? 'site_audited' : 'documents_verified';
}

export interface ProfileFieldDiff {
  field: string;
  published: unknown;
  proposed: unknown;
  changed: boolean;
}
export function diffProfiles(published: Record<string, unknown> | null, proposed: Record<string, unknown>): ProfileFieldDiff[] {
  const fields = [...new Set([...Object.keys(published ?? {}), ...Object.keys(proposed)])];
  return fields.map((field) => {
    const before = published ? (published[field] ?? null) : null;
    const after = proposed[field] ?? null;
    return { field, published: before, proposed: after, changed: JSON.stringify(before) !== JSON.stringify(after) };
  });
}
