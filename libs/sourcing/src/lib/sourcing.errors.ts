import { registerErrorCodes } from '@puente/platform';

/** Codes a client of the RFQ routes can receive, besides the platform's. */
export const SOURCING_ERROR_CODES = {
  RFQ_INVALID_TRANSITION: {
    status: 409,
    message: { en: 'The request for quote cannot do this in its current state.', es: 'La solicitud de cotización no puede hacer esto en su estado actual.' },
  },
  RFQ_CLOSED: {
    status: 409,
    message: { en: 'The request for quote is closed: its deadline has passed or it no longer takes answers.', es: 'La solicitud de cotización está cerrada: su fecha límite pasó o ya no recibe respuestas.' },
  },
  RFQ_INCOMPLETE: {
    status: 400,
    message: { en: 'The request for quote is missing fields it needs before it is published.', es: 'A la solicitud de cotización le faltan datos necesarios para publicarla.' },
  },
  RFQ_NDA_REQUIRED: {
    status: 403,
    message: { en: 'Accept the confidentiality agreement (NDA) of this request to see it.', es: 'Acepta el acuerdo de confidencialidad (NDA) de esta solicitud para verla.' },
  },
  RFQ_NDA_VERSION_STALE: {
    status: 409,
    message: { en: 'The confidentiality agreement changed; read the current version and accept it.', es: 'El acuerdo de confidencialidad cambió; lee la versión vigente y acéptala.' },
  },
  RFQ_ATTACHMENT_LIMIT: {
    status: 409,
    message: { en: 'This request for quote already has as many files as it may have.', es: 'Esta solicitud de cotización ya tiene el máximo de archivos permitido.' },
  },
  INVITATION_INVALID_TRANSITION: {
    status: 409,
    message: { en: 'The invitation cannot do this in its current state.', es: 'La invitación no puede hacer esto en su estado actual.' },
  },
  QUESTION_ALREADY_ANSWERED: {
    status: 409,
    message: { en: 'This question has already been answered.', es: 'Esta pregunta ya fue respondida.' },
  },
  QUOTE_VERSION_STALE: {
    status: 409,
    message: { en: 'Your quote changed since you opened it; reload it and revise the current version.', es: 'Tu cotización cambió desde que la abriste; vuelve a cargarla y revisa la versión vigente.' },
  },
  QUOTE_INVALID_TRANSITION: {
    status: 409,
    message: { en: 'The quote cannot do this in its current state.', es: 'La cotización no puede hacer esto en su estado actual.' },
  },
  QUOTES_SEALED: {
    status: 403,
    message: { en: 'Quotes stay sealed until the request for quote closes.', es: 'Las cotizaciones permanecen selladas hasta que cierre la solicitud.' },
  },
  QUOTE_SUPPLIER_NOT_ELIGIBLE: {
    status: 403,
    message: { en: 'Your organization needs a published, active supplier profile to quote.', es: 'Tu organización necesita un perfil de proveedor publicado y activo para cotizar.' },
  },
  LINE_ALREADY_AWARDED: {
    status: 409,
    message: { en: 'This line of the request for quote has already been awarded.', es: 'Esta partida de la solicitud de cotización ya fue adjudicada.' },
  },
  QUOTE_NOT_AWARDED: {
    status: 409,
    message: { en: 'This quote won no line of the request for quote, so it cannot be rated.', es: 'Esta cotización no ganó ninguna partida de la solicitud, así que no se puede calificar.' },
  },
  RATING_ALREADY_GIVEN: {
    status: 409,
    message: { en: 'This award is already rated; change the existing rating instead.', es: 'Esta adjudicación ya está calificada; modifica la calificación existente.' },
  },
  RATING_EDIT_WINDOW_CLOSED: {
    status: 409,
    message: { en: 'A rating can be changed for 30 days after it is given; that time has passed.', es: 'Una calificación se puede modificar durante 30 días después de darla; ese plazo ya pasó.' },
  },
  RATING_ALREADY_REPLIED: {
    status: 409,
    message: { en: 'This rating already has your reply; a rating is answered only once.', es: 'Esta calificación ya tiene tu respuesta; solo se responde una vez.' },
  },
  FX_RATE_MISSING: {
    status: 409,
    message: {
      en: 'There is no peso–dollar exchange rate on or before that date yet; an administrator needs to enter or import one.',
      es: 'Aún no hay tipo de cambio peso–dólar en esa fecha ni antes; un administrador debe capturarlo o importarlo.',
    },
  },
} as const;

export type SourcingErrorCode = keyof typeof SOURCING_ERROR_CODES;

registerErrorCodes(SOURCING_ERROR_CODES);
