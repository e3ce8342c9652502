/**
 * Why a reviewer rejects a subject or asks for changes. The code is stored; the words are shown to
 * the admin picking it and to the supplier reading the decision, each in their own language.
 */
export const REVIEW_REASONS = {
  incomplete_information: {
    en: 'Some required information is missing or incomplete.',
    es: 'Falta información requerida o está incompleta.',
  },
  unverifiable_rfc: {
    en: 'The RFC could not be verified.',
    es: 'No se pudo verificar el RFC.',
  },
  invalid_certificate: {
    en: 'A certificate is invalid, expired or does not match the company.',
    es: 'Un certificado no es válido, está vencido o no corresponde a la empresa.',
  },
  misleading_claims: {
    en: 'The profile makes claims that are misleading or cannot be supported.',
    es: 'El perfil afirma cosas engañosas o que no se pueden sustentar.',
  },
  prohibited_content: {
    en: 'The profile contains content that is not allowed on Puente.',
    es: 'El perfil contiene contenido que no está permitido en Puente.',
  },
  duplicate_listing: {
    en: 'This company already has a profile on Puente.',
    es: 'Esta empresa ya tiene un perfil en Puente.',
  },
  other: {
    en: 'Another reason; see the reviewer’s note.',
    es: 'Otro motivo; consulta la nota del revisor.',
  },
} as const satisfies Record<string, { en: string; es: string }>;

export type ReviewReasonCode = keyof typeof REVIEW_REASONS;
export const REVIEW_REASON_CODES = Object.keys(REVIEW_REASONS) as ReviewReasonCode[];

export function isReviewReasonCode(code: string): code is ReviewReasonCode {
  return Object.prototype.hasOwnProperty.call(REVIEW_REASONS, code);
}

/** The reason's words in a reader's language; an unknown code (from a list that has since shrunk) reads as itself. */
export function reviewReasonText(code: string, language: 'en' | 'es'): string {
  return isReviewReasonCode(code) ? REVIEW_REASONS[code][language] : code;
}

/** The list with both languages, for the admin's reason picker. */
export function reviewReasons(): Array<{ code: ReviewReasonCode; en: string; es: string }> {
  return REVIEW_REASON_CODES.map((code) => ({ code, ...REVIEW_REASONS[code] }));
}
