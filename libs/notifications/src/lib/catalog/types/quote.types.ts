import { defineNotificationType } from '../notification-type';

/**
 * Quotes on a buyer's request for quote, told to the buyer organization. While quotes are sealed nothing
 * here carries a price: the buyer learns who quoted and how many quotes there are, never what they say.
 */

export const quoteReceived = defineNotificationType({
  type: 'quote.received',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', supplierName: 'text', quoteCount: 'number', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: '{{supplierName}} quoted on "{{rfqTitle}}"',
      title: 'New quote on "{{rfqTitle}}"',
      body: ['{{supplierName}} sent a quote on your request for quote "{{rfqTitle}}".', 'Quotes received so far: {{quoteCount}}.'],
      action: 'See the request',
    },
    es: {
      subject: '{{supplierName}} cotizó "{{rfqTitle}}"',
      title: 'Nueva cotización para "{{rfqTitle}}"',
      body: ['{{supplierName}} envió una cotización para tu solicitud "{{rfqTitle}}".', 'Cotizaciones recibidas hasta ahora: {{quoteCount}}.'],
      action: 'Ver la solicitud',
    },
  },
});

export const quoteWithdrawn = defineNotificationType({
  type: 'quote.withdrawn',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', supplierName: 'text', quoteCount: 'number', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: '{{supplierName}} withdrew its quote on "{{rfqTitle}}"',
      title: 'Quote withdrawn on "{{rfqTitle}}"',
      body: ['{{supplierName}} withdrew its quote on your request for quote "{{rfqTitle}}".', 'Active quotes: {{quoteCount}}.'],
      action: 'See the request',
    },
    es: {
      subject: '{{supplierName}} retiró su cotización de "{{rfqTitle}}"',
      title: 'Cotización retirada de "{{rfqTitle}}"',
      body: ['{{supplierName}} retiró su cotización de tu solicitud "{{rfqTitle}}".', 'Cotizaciones vigentes: {{quoteCount}}.'],
      action: 'Ver la solicitud',
    },
  },
});
