import { defineNotificationType } from '../notification-type';

/**
 * A request for quote's life after publishing, told to the buyer organization and to the supplier
 * organizations it invited. Sent to `{ organizationId }` recipients: each member reads it in their own
 * language, so nothing here is pre-translated except the labelled close reason.
 */

const CLOSE_REASONS = {
  deadline: { en: 'its quote deadline passed', es: 'pasó su fecha límite para cotizar' },
  cap: { en: 'it received as many quotes as the buyer wanted', es: 'recibió tantas cotizaciones como el comprador quería' },
  buyer: { en: 'the buyer closed it', es: 'el comprador la cerró' },
};

export const rfqAmended = defineNotificationType({
  type: 'rfq.amended',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', version: 'number', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: 'The request for quote "{{rfqTitle}}" changed',
      title: '"{{rfqTitle}}" was amended',
      body: ['The buyer amended the request for quote "{{rfqTitle}}" (version {{version}}).', 'Read what changed before you quote.'],
      action: 'See the changes',
    },
    es: {
      subject: 'La solicitud de cotización "{{rfqTitle}}" cambió',
      title: '"{{rfqTitle}}" fue modificada',
      body: ['El comprador modificó la solicitud de cotización "{{rfqTitle}}" (versión {{version}}).', 'Revisa qué cambió antes de cotizar.'],
      action: 'Ver los cambios',
    },
  },
});

export const rfqQuestionAsked = defineNotificationType({
  type: 'rfq.question-asked',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: 'A supplier asked a question on "{{rfqTitle}}"',
      title: 'New question on "{{rfqTitle}}"',
      body: ['A supplier asked a question on your request for quote "{{rfqTitle}}".', 'Answer it privately, or publicly for every invited supplier.'],
      action: 'Answer the question',
    },
    es: {
      subject: 'Un proveedor hizo una pregunta sobre "{{rfqTitle}}"',
      title: 'Nueva pregunta sobre "{{rfqTitle}}"',
      body: ['Un proveedor hizo una pregunta sobre tu solicitud de cotización "{{rfqTitle}}".', 'Respóndela en privado, o en público para todos los proveedores invitados.'],
      action: 'Responder la pregunta',
    },
  },
});

export const rfqQuestionAnswered = defineNotificationType({
  type: 'rfq.question-answered',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: 'A question on "{{rfqTitle}}" was answered',
      title: 'Answer on "{{rfqTitle}}"',
      body: ['The buyer answered a question on the request for quote "{{rfqTitle}}".'],
      action: 'Read the answer',
    },
    es: {
      subject: 'Se respondió una pregunta sobre "{{rfqTitle}}"',
      title: 'Respuesta sobre "{{rfqTitle}}"',
      body: ['El comprador respondió una pregunta sobre la solicitud de cotización "{{rfqTitle}}".'],
      action: 'Leer la respuesta',
    },
  },
});

export const rfqClosed = defineNotificationType({
  type: 'rfq.closed',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', reason: 'text', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  labels: { reason: CLOSE_REASONS },
  copy: {
    en: {
      subject: 'The request for quote "{{rfqTitle}}" is closed',
      title: '"{{rfqTitle}}" is closed',
      body: ['The request for quote "{{rfqTitle}}" no longer takes quotes: {{reason}}.'],
      action: 'See the request',
    },
    es: {
      subject: 'La solicitud de cotización "{{rfqTitle}}" está cerrada',
      title: '"{{rfqTitle}}" está cerrada',
      body: ['La solicitud de cotización "{{rfqTitle}}" ya no recibe cotizaciones: {{reason}}.'],
      action: 'Ver la solicitud',
    },
  },
});

/** To the buyer organization: the RFQ closed, with how many quotes it holds (suppliers get `rfqClosed`, no count). */
export const rfqClosedToBuyer = defineNotificationType({
  type: 'rfq.closed-to-buyer',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', reason: 'text', quoteCount: 'number', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  labels: { reason: CLOSE_REASONS },
  copy: {
    en: {
      subject: 'Your request for quote "{{rfqTitle}}" closed with {{quoteCount}} quotes',
      title: '"{{rfqTitle}}" closed: {{quoteCount}} quotes',
      body: ['Your request for quote "{{rfqTitle}}" no longer takes quotes: {{reason}}.', 'Quotes received: {{quoteCount}}. They are unsealed: you can read every price now.'],
      action: 'Read the quotes',
    },
    es: {
      subject: 'Tu solicitud de cotización "{{rfqTitle}}" cerró con {{quoteCount}} cotizaciones',
      title: '"{{rfqTitle}}" cerró: {{quoteCount}} cotizaciones',
      body: ['Tu solicitud de cotización "{{rfqTitle}}" ya no recibe cotizaciones: {{reason}}.', 'Cotizaciones recibidas: {{quoteCount}}. Ya no están selladas: puedes leer todos los precios.'],
      action: 'Leer las cotizaciones',
    },
  },
});

export const rfqCancelled = defineNotificationType({
  type: 'rfq.cancelled',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', buyerName: 'text' },
  link: '/opportunities',
  copy: {
    en: {
      subject: '{{buyerName}} cancelled the request for quote "{{rfqTitle}}"',
      title: '"{{rfqTitle}}" was cancelled',
      body: ['{{buyerName}} cancelled the request for quote "{{rfqTitle}}". It takes no more quotes.'],
      action: 'See your opportunities',
    },
    es: {
      subject: '{{buyerName}} canceló la solicitud de cotización "{{rfqTitle}}"',
      title: '"{{rfqTitle}}" fue cancelada',
      body: ['{{buyerName}} canceló la solicitud de cotización "{{rfqTitle}}". Ya no recibe cotizaciones.'],
      action: 'Ver tus oportunidades',
    },
  },
});
