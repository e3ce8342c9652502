import type { Language } from '@puente/platform';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}

function render(greeting: string, paragraphs: string[], action: { label: string; url: string }, footer: string, subject: string): RenderedEmail {
  const text = [greeting, '', ...paragraphs, '', `${action.label}: ${action.url}`, '', footer].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>
<p style="color:#666">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject, text, html };
}

const FOOTER: Record<Language, string> = {
  en: 'Puente connects US buyers with Mexican manufacturers. If you did not expect this message, you can ignore it.',
  es: 'Puente conecta a compradores de EE. UU. con fabricantes mexicanos. Si no esperabas este mensaje, puedes ignorarlo.',
};

export function verifyEmailMessage(language: Language, params: { name: string; url: string; validHours: number }): RenderedEmail {
  return language === 'es'
    ? render(
        `Hola, ${params.name}:`,
        ['Confirma tu correo electrónico para publicar solicitudes, cotizar y enviar mensajes en Puente.', `El enlace vence en ${params.validHours} horas.`],
        { label: 'Verificar mi correo', url: params.url },
        FOOTER.es,
        'Verifica tu correo electrónico',
      )
    : render(
        `Hello ${params.name},`,
        ['Confirm your e-mail address to publish requests, quote and send messages on Puente.', `The link expires in ${params.validHours} hours.`],
        { label: 'Verify my e-mail', url: params.url },
        FOOTER.en,
        'Verify your e-mail address',
      );
}

export function passwordResetMessage(language: Language, params: { name: string; url: string; validMinutes: number }): RenderedEmail {
  return language === 'es'
    ? render(
        `Hola, ${params.name}:`,
        ['Recibimos una solicitud para restablecer tu contraseña de Puente.', `El enlace sirve una sola vez y vence en ${params.validMinutes} minutos. Al usarlo se cerrarán tus sesiones abiertas.`],
        { label: 'Elegir una contraseña nueva', url: params.url },
        FOOTER.es,
        'Restablece tu contraseña',
      )
    : render(
        `Hello ${params.name},`,
        ['We received a request to reset your Puente password.', `The link works once and expires in ${params.validMinutes} minutes. Using it signs you out everywhere.`],
        { label: 'Choose a new password', url: params.url },
        FOOTER.en,
        'Reset your password',
      );
}

export function invitationMessage(
  language: Language,
  params: { organizationName: string; inviterName: string; role: string; url: string; validDays: number },
): RenderedEmail {
  const roleEs = params.role === 'owner' ? 'propietario' : 'miembro';
  return language === 'es'
    ? render(
        'Hola:',
        [`${params.inviterName} te invitó a unirte a ${params.organizationName} en Puente como ${roleEs}.`, `La invitación vence en ${params.validDays} días.`],
        { label: 'Aceptar la invitación', url: params.url },
        FOOTER.es,
        `Invitación a ${params.organizationName} en Puente`,
      )
    : render(
        'Hello,',
        [`${params.inviterName} invited you to join ${params.organizationName} on Puente as ${params.role === 'owner' ? 'an owner' : 'a member'}.`, `The invitation expires in ${params.validDays} days.`],
        { label: 'Accept the invitation', url: params.url },
        FOOTER.en,
        `Invitation to ${params.organizationName} on Puente`,
      );
}
