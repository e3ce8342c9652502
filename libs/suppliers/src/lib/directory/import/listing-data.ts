import { EMPTY_PROFILE_DATA, type ProfileData, type PublishedProfile } from '../../profile/profile-data';
import type { ListingFacts } from '../listing-facts';

/**
 * A listing's profile fields from its registry sources. The source that created the listing (the first
 * one, `primary`) gives the names, description and plant; a source merged in from another registry adds
 * its processes, materials, industries and declared certifications (union, the primary's first, no
 * repeats) and fills the scalar facts the primary lacks (RFC, website, year founded, employee band: DENUE
 * knows head counts and websites, RETC does not). Names are never mixed: the listing keeps one company's.
 */
export function listingProfileData(primary: ListingFacts, merged: readonly ListingFacts[] = []): ProfileData {
  const all = [primary, ...merged];
  const firstGiven = <K extends 'rfc' | 'website' | 'yearFounded' | 'employeeBand'>(key: K): ListingFacts[K] =>
    all.map((facts) => facts[key]).find((value) => value !== null && value !== undefined) ?? null;
  const union = (key: 'processes' | 'materials' | 'industries'): string[] => [...new Set(all.flatMap((facts) => facts[key]))];
  return {
    ...EMPTY_PROFILE_DATA,
    legalName: primary.legalName,
    tradeName: primary.tradeName,
    rfc: firstGiven('rfc'),
    website: firstGiven('website'),
    yearFounded: firstGiven('yearFounded'),
    employeeBand: firstGiven('employeeBand'),
    languages: ['es'],
    description: { es: primary.description.es, en: primary.description.en },
    descriptionLanguage: primary.descriptionLanguage,
    processes: union('processes'),
    materials: union('materials'),
    industries: union('industries'),
  };
}

/** The published version: the fields, the primary's plant (with its row id) and the declared certifications. */
export function listingPublishedData(primary: ListingFacts, merged: readonly ListingFacts[], plantId: string): PublishedProfile {
  return {
    ...listingProfileData(primary, merged),
    plants: [{ id: plantId, ...primary.plant }],
    certifications: [],
    declaredCertifications: [...new Set([primary, ...merged].flatMap((facts) => facts.declaredCertifications))],
  };
}
