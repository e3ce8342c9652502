export type Language = 'en' | 'es';

export interface ErrorDefinition {
  status: number;
  /** Default message shown to people, in every language the product speaks. */
  message: Record<Language, string>;
}

/**
 * The one registry of error codes a client can receive. Codes are stable: clients branch on
 * them, so rename one only with a deprecation. Context libs add theirs with `registerErrorCodes`.
 */
const registry = new Map<string, ErrorDefinition>(
  Object.entries({
    VALIDATION_FAILED: { status: 400, message: { en: 'The request is not valid.', es: 'La solicitud no es válida.' } },
    MALFORMED_JSON: {
      status: 400,
      message: { en: 'The request body is not valid JSON.', es: 'El cuerpo de la solicitud no es JSON válido.' },
    },
    BAD_REQUEST: { status: 400, message: { en: 'The request could not be read.', es: 'No se pudo leer la solicitud.' } },
    UNAUTHENTICATED: {
      status: 401,
      message: { en: 'You need to sign in to do this.', es: 'Necesitas iniciar sesión para hacer esto.' },
    },
    FORBIDDEN: { status: 403, message: { en: 'You are not allowed to do this.', es: 'No tienes permiso para hacer esto.' } },
    NOT_FOUND: { status: 404, message: { en: 'Not found.', es: 'No encontrado.' } },
    METHOD_NOT_ALLOWED: {
      status: 405,
      message: { en: 'This method is not allowed here.', es: 'Este método no está permitido aquí.' },
    },
    CONFLICT: {
      status: 409,
      message: { en: 'This conflicts with the current state.', es: 'Esto entra en conflicto con el estado actual.' },
    },
    PAYLOAD_TOO_LARGE: {
      status: 413,
      message: { en: 'The request body is too large.', es: 'El cuerpo de la solicitud es demasiado grande.' },
    },
    UNSUPPORTED_MEDIA_TYPE: {
      status: 415,
      message: {
        en: 'The request body must be sent as application/json.',
        es: 'El cuerpo de la solicitud debe enviarse como application/json.',
      },
    },
    BODY_TOO_DEEP: {
      status: 400,
      message: { en: 'The request body is nested too deeply.', es: 'El cuerpo de la solicitud tiene demasiados niveles de anidación.' },
    },
    BODY_TOO_MANY_KEYS: {
      status: 400,
      message: { en: 'An object in the request body has too many fields.', es: 'Un objeto del cuerpo de la solicitud tiene demasiados campos.' },
    },
    BODY_TOO_MANY_ITEMS: {
      status: 400,
      message: { en: 'A list in the request body has too many items.', es: 'Una lista del cuerpo de la solicitud tiene demasiados elementos.' },
    },
    BODY_ENCODING_INVALID: {
      status: 400,
      message: {
        en: 'The request body is not encoded as its content-encoding says.',
        es: 'El cuerpo de la solicitud no está codificado como indica su content-encoding.',
      },
    },
    UNSUPPORTED_CONTENT_ENCODING: {
      status: 415,
      message: {
        en: 'The request body must be sent uncompressed or as gzip, deflate or br.',
        es: 'El cuerpo de la solicitud debe enviarse sin comprimir o como gzip, deflate o br.',
      },
    },
    RATE_LIMITED: {
      status: 429,
      message: {
        en: 'Too many requests. Please wait and try again.',
        es: 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',
      },
    },
    INTERNAL_ERROR: {
      status: 500,
      message: {
        en: 'Something went wrong on our side. Please try again.',
        es: 'Algo salió mal de nuestro lado. Inténtalo de nuevo.',
      },
    },
    NOT_READY: {
      status: 503,
      message: { en: 'The service is not ready.', es: 'El servicio no está listo.' },
    },
    DEPENDENCY_UNAVAILABLE: {
      status: 503,
      message: {
        en: 'A service Puente depends on is not answering. Please try again in a few seconds.',
        es: 'Un servicio del que depende Puente no responde. Inténtalo de nuevo en unos segundos.',
      },
    },
    MIGRATIONS_PENDING: {
      status: 503,
      message: {
        en: 'The database schema is out of date: run the migrations.',
        es: 'El esquema de la base de datos no está actualizado: ejecuta las migraciones.',
      },
    },
  } satisfies Record<string, ErrorDefinition>),
);

export type PlatformErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BODY_TOO_DEEP'
  | 'BODY_TOO_MANY_KEYS'
  | 'BODY_TOO_MANY_ITEMS'
  | 'BODY_ENCODING_INVALID'
  | 'UNSUPPORTED_CONTENT_ENCODING'
  | 'RATE_LIMITED'
  | 'INTERNAL_ERROR'
  | 'NOT_READY'
  | 'DEPENDENCY_UNAVAILABLE'
  | 'MIGRATIONS_PENDING';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Adds a context's codes to the registry; a code may be defined only once. */
export function registerErrorCodes(definitions: Record<string, ErrorDefinition>): void {
  for (const [code, definition] of Object.entries(definitions)) {
    if (!UPPER_SNAKE.test(code)) throw new Error(`Error code ${code} is not UPPER_SNAKE_CASE`);
    if (registry.has(code)) throw new Error(`Error code ${code} is already registered`);
    registry.set(code, definition);
  }
}

export function errorDefinition(code: string): ErrorDefinition {
  const definition = registry.get(code);
  if (!definition) throw new Error(`Error code ${code} is not registered`);
  return definition;
}

export function registeredErrorCodes(): ReadonlyMap<string, ErrorDefinition> {
  return registry;
}
