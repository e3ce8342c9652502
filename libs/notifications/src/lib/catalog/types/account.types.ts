import { defineNotificationType } from '../notification-type';

// Wording carried over from the hand-written identity e-mails (identity-emails.ts).

export const accountEmailVerification = defineNotificationType({
  type: 'account.email-verification',
  security: true,
  channels: ['email'],
  defaultDelivery: 'email',
  params: { name: 'text', verifyUrl: 'url', validHours: 'number' },
  link: '{{verifyUrl}}',
  copy: {
    en: {
      subject: 'Verify your e-mail address',
      title: 'Verify your e-mail address',
      greeting: 'Hello {{name}},',
      body: ['Confirm your e-mail address to publish requests, quote and send messages on Puente.', 'The link expires in {{validHours}} hours.'],
      action: 'Verify my e-mail',
    },
    es: {
      subject: 'Verifica tu correo electrónico',
      title: 'Verifica tu correo electrónico',
      greeting: 'Hola, {{name}}:',
      body: ['Confirma tu correo electrónico para publicar solicitudes, cotizar y enviar mensajes en Puente.', 'El enlace vence en {{validHours}} horas.'],
      action: 'Verificar mi correo',
    },
  },
});

export const accountPasswordReset = defineNotificationType({
  type: 'account.password-reset',
  security: true,
  channels: ['email'],
  defaultDelivery: 'email',
  params: { name: 'text', resetUrl: 'url', validMinutes: 'number' },
  link: '{{resetUrl}}',
  copy: {
    en: {
      subject: 'Reset your password',
      title: 'Reset your password',
      greeting: 'Hello {{name}},',
      body: [
        'We received a request to reset your Puente password.',
        'The link works once and expires in {{validMinutes}} minutes. Using it signs you out everywhere.',
      ],
      action: 'Choose a new password',
    },
    es: {
      subject: 'Restablece tu contraseña',
      title: 'Restablece tu contraseña',
      greeting: 'Hola, {{name}}:',
      body: [
        'Recibimos una solicitud para restablecer tu contraseña de Puente.',
        'El enlace sirve una sola vez y vence en {{validMinutes}} minutos. Al usarlo se cerrarán tus sesiones abiertas.',
      ],
      action: 'Elegir una contraseña nueva',
    },
  },
});

/** Sent after the change so the real owner learns of a takeover; in the app too, where they may look first. */
export const accountPasswordChanged = defineNotificationType({
  type: 'account.password-changed',
  security: true,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { name: 'text', changedAt: 'datetime' },
  link: '/profile',
  copy: {
    en: {
      subject: 'Your Puente password was changed',
      title: 'Password changed',
      greeting: 'Hello {{name}},',
      body: ['Your password was changed on {{changedAt}}.', 'If this was not you, reset it now.'],
      action: 'Review your security settings',
    },
    es: {
      subject: 'Se cambió tu contraseña de Puente',
      title: 'Contraseña cambiada',
      greeting: 'Hola, {{name}}:',
      body: ['Tu contraseña se cambió el {{changedAt}}.', 'Si no fuiste tú, restablécela ahora.'],
      action: 'Revisar tu configuración de seguridad',
    },
  },
});

/**
 * Sign-up answers the same for a taken address as for a new one (no account enumeration), so the
 * owner of the address is told instead, with the way back in if it was them.
 */
export const accountSignUpAttempted = defineNotificationType({
  type: 'account.sign-up-attempted',
  security: true,
  channels: ['email'],
  defaultDelivery: 'email',
  params: { name: 'text', attemptedAt: 'datetime' },
  link: '/reset-password',
  copy: {
    en: {
      subject: 'Someone tried to sign up with your e-mail',
      title: 'Sign-up attempt with your e-mail',
      greeting: 'Hello {{name}},',
      body: [
        'On {{attemptedAt}} someone tried to create a new Puente account with your e-mail address. You already have an account, so nothing was created.',
        'If it was you, sign in as usual, or choose a new password if you forgot it. If it was not you, you can ignore this message: your account has not changed.',
      ],
      action: 'Reset my password',
    },
    es: {
      subject: 'Alguien intentó registrarse con tu correo',
      title: 'Intento de registro con tu correo',
      greeting: 'Hola, {{name}}:',
      body: [
        'El {{attemptedAt}} alguien intentó crear una cuenta nueva de Puente con tu correo electrónico. Ya tienes una cuenta, así que no se creó nada.',
        'Si fuiste tú, inicia sesión como siempre, o elige una contraseña nueva si la olvidaste. Si no fuiste tú, puedes ignorar este mensaje: tu cuenta no cambió.',
      ],
      action: 'Restablecer mi contraseña',
    },
  },
});
