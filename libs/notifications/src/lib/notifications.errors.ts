import { registerErrorCodes } from '@puente/platform';

export const NOTIFICATION_ERROR_CODES = {
  NOTIFICATION_PREFERENCE_LOCKED: {
    status: 409,
    message: {
      en: 'Security notices cannot be turned off.',
      es: 'Los avisos de seguridad no se pueden desactivar.',
    },
  },
} as const;

registerErrorCodes(NOTIFICATION_ERROR_CODES);
