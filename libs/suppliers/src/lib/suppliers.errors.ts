import { registerErrorCodes } from '@puente/platform';

/** Codes a client of the supplier profile routes can receive, besides the platform's. */
export const SUPPLIERS_ERROR_CODES = {
  PROFILE_INVALID_TRANSITION: {
    status: 409,
    message: {
      en: 'The profile cannot do this in its current state.',
      es: 'El perfil no puede hacer esto en su estado actual.',
    },
  },
  PROFILE_UNDER_REVIEW: {
    status: 409,
    message: {
      en: 'The profile is being reviewed; wait for the decision before changing it.',
      es: 'El perfil está en revisión; espera la decisión antes de cambiarlo.',
    },
  },
  PROFILE_INCOMPLETE: {
    status: 400,
    message: {
      en: 'The profile is missing fields it needs before review.',
      es: 'Al perfil le faltan datos necesarios antes de la revisión.',
    },
  },
  LISTING_UNCLAIMED: {
    status: 409,
    message: {
      en: 'This directory listing has not been claimed by its company yet.',
      es: 'Este listado del directorio aún no ha sido reclamado por su empresa.',
    },
  },
  LISTING_ALREADY_CLAIMED: {
    status: 409,
    message: {
      en: 'This directory listing already belongs to a company on Puente.',
      es: 'Este listado del directorio ya pertenece a una empresa en Puente.',
    },
  },
  CLAIM_ALREADY_PENDING: {
    status: 409,
    message: {
      en: 'Your organization already has a claim on this listing waiting for review.',
      es: 'Tu organización ya tiene una reclamación de este listado en espera de revisión.',
    },
  },
  CLAIM_EVIDENCE_MISMATCH: {
    status: 400,
    message: {
      en: 'The evidence does not match this listing.',
      es: 'La evidencia no coincide con este listado.',
    },
  },
  CLAIM_INVALID_TRANSITION: {
    status: 409,
    message: {
      en: 'The claim cannot do this in its current state.',
      es: 'La reclamación no puede hacer esto en su estado actual.',
    },
  },
} as const;

export type SuppliersErrorCode = keyof typeof SUPPLIERS_ERROR_CODES;

registerErrorCodes(SUPPLIERS_ERROR_CODES);
