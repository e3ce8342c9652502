import { defineNotificationType } from '../notification-type';

/**
 * Ratings after an award. The supplier organization hears that the buyer rated it (the scores, not the
 * comment: it reads that on its page, where it can reply); the buyer organization hears the one public reply.
 */

export const ratingReceived = defineNotificationType({
  type: 'rating.received',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { buyerName: 'text', rfqTitle: 'text', quality: 'number', communication: 'number', onTime: 'number', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: '{{buyerName}} rated your work on "{{rfqTitle}}"',
      title: 'New rating on "{{rfqTitle}}"',
      body: [
        '{{buyerName}} rated your organization after awarding you "{{rfqTitle}}".',
        'Quality {{quality}} of 5, communication {{communication}} of 5, on time {{onTime}} of 5.',
        'You may reply once; your reply is public.',
      ],
      action: 'Read the rating',
    },
    es: {
      subject: '{{buyerName}} calificó tu trabajo en "{{rfqTitle}}"',
      title: 'Nueva calificación en "{{rfqTitle}}"',
      body: [
        '{{buyerName}} calificó a tu organización tras adjudicarte "{{rfqTitle}}".',
        'Calidad {{quality}} de 5, comunicación {{communication}} de 5, puntualidad {{onTime}} de 5.',
        'Puedes responder una sola vez; tu respuesta es pública.',
      ],
      action: 'Leer la calificación',
    },
  },
});

export const ratingReplied = defineNotificationType({
  type: 'rating.replied',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { supplierName: 'text', rfqTitle: 'text', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: '{{supplierName}} replied to your rating on "{{rfqTitle}}"',
      title: 'Reply to your rating on "{{rfqTitle}}"',
      body: ['{{supplierName}} replied to the rating your organization gave on "{{rfqTitle}}".', 'The reply is public, shown with your rating.'],
      action: 'Read the reply',
    },
    es: {
      subject: '{{supplierName}} respondió a tu calificación en "{{rfqTitle}}"',
      title: 'Respuesta a tu calificación en "{{rfqTitle}}"',
      body: ['{{supplierName}} respondió a la calificación que tu organización dio en "{{rfqTitle}}".', 'La respuesta es pública y se muestra junto a tu calificación.'],
      action: 'Leer la respuesta',
    },
  },
});
