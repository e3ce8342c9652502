import { defineNotificationType } from '../notification-type';

/**
 * The RFQ fan-out's notices: a supplier organization was invited to quote (sent to every active member, each
 * in their own language), and the buyer's organization learns how many suppliers were invited.
 */
export const rfqInvited = defineNotificationType({
  type: 'rfq.invited',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', buyerName: 'text', quoteDeadline: 'datetime', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: '{{buyerName}} invites you to quote: {{rfqTitle}}',
      title: 'New request for quote: {{rfqTitle}}',
      body: [
        '{{buyerName}} is looking for a supplier for "{{rfqTitle}}", and Puente matched your profile to it.',
        'Quotes are due by {{quoteDeadline}}.',
      ],
      action: 'See the request',
    },
    es: {
      subject: '{{buyerName}} te invita a cotizar: {{rfqTitle}}',
      title: 'Nueva solicitud de cotización: {{rfqTitle}}',
      body: [
        '{{buyerName}} busca un proveedor para "{{rfqTitle}}" y Puente eligió tu perfil para esta solicitud.',
        'La fecha límite para cotizar es {{quoteDeadline}}.',
      ],
      action: 'Ver la solicitud',
    },
  },
});

export const rfqInvitationsSent = defineNotificationType({
  type: 'rfq.invitations-sent',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'in_app',
  params: { rfqTitle: 'text', invitedCount: 'number', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: 'Your request for quote "{{rfqTitle}}" went out to {{invitedCount}} suppliers',
      title: '{{invitedCount}} suppliers invited to quote',
      body: ['Puente invited {{invitedCount}} suppliers to quote on "{{rfqTitle}}". See who they are and why each was chosen.'],
      action: 'See the invited suppliers',
    },
    es: {
      subject: 'Tu solicitud de cotización "{{rfqTitle}}" llegó a {{invitedCount}} proveedores',
      title: '{{invitedCount}} proveedores invitados a cotizar',
      body: ['Puente invitó a {{invitedCount}} proveedores a cotizar "{{rfqTitle}}". Mira quiénes son y por qué se eligió a cada uno.'],
      action: 'Ver los proveedores invitados',
    },
  },
});
