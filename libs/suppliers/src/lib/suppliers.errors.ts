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
      es: 'Esta ficha del directorio aún no ha sido reclamada por su empresa.',
    },
  },
} as const;

export type SuppliersErrorCode = keyof typeof SUPPLIERS_ERROR_CODES;

registerErrorCodes(SUPPLIERS_ERROR_CODES);
