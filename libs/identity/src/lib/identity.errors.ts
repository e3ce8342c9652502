import { registerErrorCodes } from '@puente/platform';

/** Codes a client of the identity routes can receive, besides the platform's. */
export const IDENTITY_ERROR_CODES = {
  EMAIL_TAKEN: {
    status: 409,
    message: { en: 'An account with this e-mail already exists.', es: 'Ya existe una cuenta con este correo.' },
  },
  WEAK_PASSWORD: {
    status: 400,
    message: { en: 'This password is too weak.', es: 'Esta contraseña es demasiado débil.' },
  },
  INVALID_CREDENTIALS: {
    status: 401,
    message: { en: 'The e-mail or password is wrong.', es: 'El correo o la contraseña no son correctos.' },
  },
  CURRENT_PASSWORD_INCORRECT: {
    status: 400,
    message: { en: 'The current password is not correct.', es: 'La contraseña actual no es correcta.' },
  },
  EMAIL_NOT_VERIFIED: {
    status: 403,
    message: { en: 'Verify your e-mail address first.', es: 'Primero verifica tu correo electrónico.' },
  },
  ACCOUNT_SUSPENDED: {
    status: 403,
    message: {
      en: 'This account is suspended. Contact Puente support.',
      es: 'Esta cuenta está suspendida. Contacta al soporte de Puente.',
    },
  },
  TOKEN_INVALID: {
    status: 400,
    message: { en: 'This link is not valid or was already used.', es: 'Este enlace no es válido o ya se usó.' },
  },
  TOKEN_EXPIRED: {
    status: 400,
    message: { en: 'This link has expired. Ask for a new one.', es: 'Este enlace expiró. Solicita uno nuevo.' },
  },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    message: {
      en: 'This session was ended for your safety. Please sign in again.',
      es: 'Esta sesión se cerró por seguridad. Inicia sesión de nuevo.',
    },
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    message: { en: 'The request is missing its CSRF token.', es: 'A la solicitud le falta su token CSRF.' },
  },
  LAST_OWNER: {
    status: 409,
    message: {
      en: 'An organization needs at least one owner. Make someone else owner first.',
      es: 'Una organización necesita al menos un propietario. Primero haz propietario a otra persona.',
    },
  },
  ALREADY_MEMBER: {
    status: 409,
    message: { en: 'This person already has a Puente account.', es: 'Esta persona ya tiene una cuenta en Puente.' },
  },
} as const;

export type IdentityErrorCode = keyof typeof IDENTITY_ERROR_CODES;

registerErrorCodes(IDENTITY_ERROR_CODES);
