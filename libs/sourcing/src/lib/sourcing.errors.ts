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
} as const;

export type SourcingErrorCode = keyof typeof SOURCING_ERROR_CODES;

registerErrorCodes(SOURCING_ERROR_CODES);
