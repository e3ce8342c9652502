import { defineNotificationType } from '../notification-type';

/**
 * The award of a request for quote. The winner learns which of its lines it won and from whom; every other
 * supplier with an active quote learns only that the buyer chose another offer, never who won nor at what
 * price; the buyer organization hears when the whole RFQ is awarded.
 */

export const quoteAwarded = defineNotificationType({
  type: 'quote.awarded',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', buyerName: 'text', lines: 'text', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: '{{buyerName}} awarded you "{{rfqTitle}}"',
      title: 'Award on "{{rfqTitle}}"',
      body: ['{{buyerName}} awarded your quote on the request for quote "{{rfqTitle}}".', 'Lines awarded to you: {{lines}}.', 'The buyer will be in touch to place the order.'],
      action: 'See the opportunity',
    },
    es: {
      subject: '{{buyerName}} te adjudicó "{{rfqTitle}}"',
      title: 'Adjudicación de "{{rfqTitle}}"',
      body: ['{{buyerName}} adjudicó tu cotización de la solicitud "{{rfqTitle}}".', 'Partidas adjudicadas a ti: {{lines}}.', 'El comprador se pondrá en contacto para colocar el pedido.'],
      action: 'Ver la oportunidad',
    },
  },
});

export const quoteNotSelected = defineNotificationType({
  type: 'quote.not-selected',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: 'Your quote on "{{rfqTitle}}" was not selected',
      title: 'Not selected: "{{rfqTitle}}"',
      body: ['The buyer of the request for quote "{{rfqTitle}}" chose another offer this time.', 'Thank you for your quote: keep your profile current to be invited again.'],
      action: 'See the opportunity',
    },
    es: {
      subject: 'Tu cotización de "{{rfqTitle}}" no fue seleccionada',
      title: 'No seleccionada: "{{rfqTitle}}"',
      body: ['El comprador de la solicitud "{{rfqTitle}}" eligió otra oferta en esta ocasión.', 'Gracias por tu cotización: mantén tu perfil al día para recibir nuevas invitaciones.'],
      action: 'Ver la oportunidad',
    },
  },
});

export const rfqAwarded = defineNotificationType({
  type: 'rfq.awarded',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { rfqTitle: 'text', awardedLineCount: 'number', lineCount: 'number', rfqUrl: 'url' },
  link: '{{rfqUrl}}',
  copy: {
    en: {
      subject: '"{{rfqTitle}}" is awarded',
      title: '"{{rfqTitle}}" is awarded',
      body: ['Every line of your request for quote "{{rfqTitle}}" is now decided.', 'Lines awarded: {{awardedLineCount}} of {{lineCount}}; the suppliers were told.'],
      action: 'See the awards',
    },
    es: {
      subject: '"{{rfqTitle}}" quedó adjudicada',
      title: '"{{rfqTitle}}" quedó adjudicada',
      body: ['Todas las partidas de tu solicitud de cotización "{{rfqTitle}}" están decididas.', 'Partidas adjudicadas: {{awardedLineCount}} de {{lineCount}}; se avisó a los proveedores.'],
      action: 'Ver las adjudicaciones',
    },
  },
});
