// Each term of the score as its own small function: value 0..1 plus what the explanation shows.
import { estimateTransit, haversineKm, DEFAULT_TRANSIT_ASSUMPTIONS, scianEntry, vocabulary } from '@puente/catalog';
import type { SearchDocument } from '../search-document';
import { documentTerm } from './document-terms';
import type { Bilingual, Explanation, Requirement, TransitEstimate } from './ranking-types';
import { processCredit } from './requirement';
import { CONCEPT_KIND_WEIGHTS } from './score-weights';

export interface ComponentValue {
  value: number;
  note: Bilingual;
}

const nameOf = (code: string): Bilingual => {
  const entry = vocabulary().entry(code);
  return { en: entry?.name.en ?? code, es: entry?.name.es ?? code };
};
const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Concept coverage: Σ credit × kind weight / Σ kind weight over the concepts asked. */
export function conceptCoverage(
  document: SearchDocument,
  requirement: Requirement,
): ComponentValue & Pick<Explanation, 'matchedConcepts' | 'missingConcepts'> {
  const matchedConcepts: Explanation['matchedConcepts'] = [];
  const missingConcepts: Explanation['missingConcepts'] = [];
  const processes = new Set(document.processes);
  let got = 0;
  let total = 0;
  let matchedCount = 0;
  const asked: Array<{ code: string; kind: keyof typeof CONCEPT_KIND_WEIGHTS }> = [
    ...requirement.processes.map((code) => ({ code, kind: 'process' as const })),
    ...requirement.materials.map((code) => ({ code, kind: 'material' as const })),
    ...requirement.industries.map((code) => ({ code, kind: 'industry' as const })),
  ];
  for (const { code, kind } of asked) {
    const weight = CONCEPT_KIND_WEIGHTS[kind];
    total += weight;
    let credit = 0;
    let via: string | null = null;
    if (kind === 'process') ({ credit, via } = processCredit(code, processes));
    else {
      const held = kind === 'material' ? document.materials : document.industries;
      if (held.includes(code)) [credit, via] = [1, code];
      else {
        // A grade of an asked material (6061 for aluminum) answers it; the bare material answers a grade by half.
        const grade = held.find((h) => h.startsWith(`${code}-`));
        const base = held.find((h) => code.startsWith(`${h}-`));
        if (grade) [credit, via] = [1, grade];
        else if (base) [credit, via] = [0.5, base];
      }
    }
    got += credit * weight;
    if (credit > 0 && via) {
      matchedCount += 1;
      const term = documentTerm(document, via);
      const fromScian = document.scianCodes.length > 0 ? `SCIAN ${document.scianCodes[0]}` : null;
      matchedConcepts.push({ code, name: nameOf(code), matchedBy: term ?? fromScian ?? nameOf(via).es });
    } else missingConcepts.push({ code, name: nameOf(code) });
  }
  const value = total === 0 ? 0 : got / total;
  return {
    value,
    matchedConcepts,
    missingConcepts,
    note: { en: `${matchedCount} of ${asked.length} concepts matched`, es: `${matchedCount} de ${asked.length} conceptos coinciden` },
  };
}

/**
 * Industry-code match: closeness (1 for a bridged class, 0.5 for a class of the same subrama (5 digits), 0.2 of
 * the same rama (4)) times the bridge's confidence in that class (the share of the query's words it carried).
 */
export function industryCodeMatch(document: SearchDocument, requirement: Requirement): ComponentValue & { industryCode: Explanation['industryCode'] } {
  let best: { value: number; entry: Requirement['scian'][number]; code: string } | null = null;
  for (const entry of requirement.scian) {
    for (const code of document.scianCodes) {
      const closeness = code === entry.code ? 1 : code.slice(0, 5) === entry.code.slice(0, 5) ? 0.5 : code.slice(0, 4) === entry.code.slice(0, 4) ? 0.2 : 0;
      const value = closeness * (entry.confidence ?? 1);
      if (value > (best?.value ?? 0)) best = { value, entry, code };
    }
  }
  if (!best) {
    return { value: 0, industryCode: null, note: { en: 'registry class not among the bridged classes', es: 'la clase del registro no está entre las buscadas' } };
  }
  const naics = best.entry.naics.code ? best.entry.naics : null;
  const exact = best.code === best.entry.code;
  return {
    value: best.value,
    industryCode: { code: best.code, title: exact ? best.entry.title : (scianEntry(best.code)?.title ?? best.code), naics },
    note: exact
      ? {
          en: `SCIAN ${best.code} via NAICS ${naics?.code ?? '-'} ("${best.entry.matched}", confidence ${(best.entry.confidence ?? 1).toFixed(2)})`,
          es: `SCIAN ${best.code} vía NAICS ${naics?.code ?? '-'} ("${best.entry.matched}", confianza ${(best.entry.confidence ?? 1).toFixed(2)})`,
        }
      : { en: `SCIAN ${best.code} is in the group of ${best.entry.code}`, es: `SCIAN ${best.code} está en el grupo de ${best.entry.code}` },
  };
}

export const DECLARED_CERTIFICATION_VALUE = 0.15;

type CertStatus = Explanation['certifications'][number];

/** The status of one asked certificate on the document on `asOf`: valid, expired, declared by a registry, or missing. */
export function certificationStatus(document: SearchDocument, code: string, asOf: string): CertStatus {
  const held = document.certifications.filter((cert) => cert.code === code);
  const name = nameOf(code);
  const owned = held.filter((cert) => !cert.declared);
  const valid = owned.find((cert) => (cert.validFrom === null || cert.validFrom <= asOf) && (cert.validUntil === null || cert.validUntil >= asOf));
  if (valid) return { code, name, status: 'valid', validUntil: valid.validUntil };
  const expired = owned.filter((cert) => cert.validUntil !== null && cert.validUntil < asOf).sort((a, b) => (b.validUntil ?? '').localeCompare(a.validUntil ?? ''))[0];
  if (expired) return { code, name, status: 'expired', validUntil: expired.validUntil };
  if (held.some((cert) => cert.declared)) return { code, name, status: 'declared', validUntil: null };
  return { code, name, status: 'missing', validUntil: null };
}

export function certificationsValue(statuses: readonly CertStatus[]): ComponentValue {
  const worth = (status: CertStatus['status']): number => (status === 'valid' ? 1 : status === 'declared' ? DECLARED_CERTIFICATION_VALUE : 0);
  const validCount = statuses.filter((s) => s.status === 'valid').length;
  return {
    value: statuses.length === 0 ? 0 : statuses.reduce((sum, s) => sum + worth(s.status), 0) / statuses.length,
    note: { en: `${validCount} of ${statuses.length} certifications valid`, es: `${validCount} de ${statuses.length} certificaciones vigentes` },
  };
}

/** Quantity against minimum order and monthly capacity; 0.5 (neutral) when the plant did not say. */
export function capacityFit(document: SearchDocument, requirement: Requirement): ComponentValue {
  const quantity = requirement.quantity?.value ?? 0;
  const { minimumOrderQuantity: moq, monthlyCapacity: monthly } = document.capacity;
  if (moq === null && monthly === null) return { value: 0.5, note: { en: 'capacity not stated', es: 'capacidad no declarada' } };
  if (moq !== null && quantity < moq) {
    return { value: 0.2, note: { en: `below the minimum order of ${moq}`, es: `debajo del pedido mínimo de ${moq}` } };
  }
  if (monthly !== null && quantity > monthly) {
    return { value: clamp01(monthly / quantity), note: { en: `above the monthly capacity of ${monthly}`, es: `arriba de la capacidad mensual de ${monthly}` } };
  }
  return { value: 1, note: { en: 'quantity within capacity', es: 'cantidad dentro de la capacidad' } };
}

const transitCache = new Map<string, TransitEstimate | null>();

/** Transit from the supplier's best plant (fewest days) through the best land port to the ZIP. */
export function bestTransit(document: SearchDocument, zip: string): TransitEstimate | null {
  let best: TransitEstimate | null = null;
  for (const plant of document.plants) {
    const key = `${plant.lat},${plant.lon},${zip}`;
    let estimate = transitCache.get(key);
    if (estimate === undefined) {
      const found = estimateTransit({ origin: { lat: plant.lat, lon: plant.lon }, destinationZip: zip });
      estimate = found
        ? { zip, portCode: found.best.port.code, portName: found.best.port.name, roadKm: found.best.totalKm, days: found.best.transitDays, plantId: '' }
        : null;
      if (transitCache.size >= 50000) transitCache.clear();
      transitCache.set(key, estimate);
    }
    if (estimate && (!best || estimate.days < best.days || (estimate.days === best.days && estimate.roadKm < best.roadKm))) {
      best = { ...estimate, plantId: plant.plantId };
    }
  }
  return best;
}

/** Road km (great circle × the catalog's road factor) from the place to the nearest plant. */
export function nearestKm(document: SearchDocument, near: NonNullable<Requirement['near']>): number | null {
  let best: number | null = null;
  for (const plant of document.plants) {
    const km = haversineKm(near, plant) * DEFAULT_TRANSIT_ASSUMPTIONS.roadFactor;
    if (best === null || km < best) best = km;
  }
  return best === null ? null : Math.round(best * 10) / 10;
}

/** Days: 1 (next door to the border) is 1, 8 or more is 0, linear between. Km to a place: 1 / (1 + km/100). */
export function proximityValue(transit: TransitEstimate | null, km: number | null, requirement: Requirement): ComponentValue {
  const parts: number[] = [];
  const en: string[] = [];
  const es: string[] = [];
  if (requirement.destinationZip) {
    parts.push(transit ? clamp01(1 - (transit.days - 1) / 7) : 0);
    if (transit) {
      en.push(`${transit.portName}, ${transit.days} days, ${Math.round(transit.roadKm)} km to ${transit.zip}`);
      es.push(`${transit.portName}, ${transit.days} días, ${Math.round(transit.roadKm)} km a ${transit.zip}`);
    } else {
      en.push('no plant location for transit');
      es.push('sin ubicación de planta para el tránsito');
    }
  }
  if (requirement.near) {
    parts.push(km === null ? 0 : 1 / (1 + km / 100));
    en.push(km === null ? `no plant near ${requirement.near.name}` : `${Math.round(km)} km from ${requirement.near.name}`);
    es.push(km === null ? `sin planta cerca de ${requirement.near.name}` : `a ${Math.round(km)} km de ${requirement.near.name}`);
  }
  return { value: parts.length === 0 ? 0 : parts.reduce((a, b) => a + b, 0) / parts.length, note: { en: en.join('; '), es: es.join('; ') } };
}

const VERIFICATION_VALUES: Record<SearchDocument['verificationLevel'], number> = {
  unverified: 0,
  email_verified: 1 / 3,
  documents_verified: 2 / 3,
  site_audited: 1,
};
const VERIFICATION_NAMES: Record<SearchDocument['verificationLevel'], Bilingual> = {
  unverified: { en: 'unverified', es: 'sin verificar' },
  email_verified: { en: 'e-mail verified', es: 'correo verificado' },
  documents_verified: { en: 'documents verified', es: 'documentos verificados' },
  site_audited: { en: 'site audited', es: 'planta auditada' },
};

export function verificationValue(document: SearchDocument): ComponentValue {
  return { value: VERIFICATION_VALUES[document.verificationLevel] ?? 0, note: VERIFICATION_NAMES[document.verificationLevel] ?? { en: 'unknown', es: 'desconocido' } };
}

export function completenessValue(document: SearchDocument): ComponentValue {
  const percent = Math.round(clamp01(document.completeness) * 100);
  return { value: clamp01(document.completeness), note: { en: `profile ${percent}% complete`, es: `perfil ${percent}% completo` } };
}

export function textValue(textScore: number): ComponentValue {
  const value = clamp01(textScore);
  return { value, note: { en: `text relevance ${value.toFixed(2)}`, es: `relevancia del texto ${value.toFixed(2)}` } };
}
