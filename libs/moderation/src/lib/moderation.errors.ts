import { registerErrorCodes } from '@puente/platform';

export const MODERATION_ERROR_CODES = {
  REVIEW_ALREADY_DECIDED: {
    status: 409,
    message: {
      en: 'This review has already been decided.',
      es: 'Esta revisión ya tiene una decisión.',
    },
  },
} as const;

registerErrorCodes(MODERATION_ERROR_CODES);
