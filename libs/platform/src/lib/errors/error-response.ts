import type { Language } from './error-codes';
import type { AppError, ErrorDetail } from './app-error';

export interface ErrorResponseBody {
  error: { code: string; message: string; details: ErrorDetail[]; requestId: string };
}

/** Spanish when the client prefers it over English, English otherwise. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const quality = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.split('-')[0], quality: quality ? Number(quality.slice(2)) || 0 : 1 };
    })
    .filter(({ tag }) => tag === 'en' || tag === 'es')
    .sort((a, b) => b.quality - a.quality);
  return ranked[0]?.tag === 'es' ? 'es' : 'en';
}

export function errorResponseBody(error: AppError, requestId: string, language: Language): ErrorResponseBody {
  return { error: { code: error.code, message: error.messageIn(language), details: error.details, requestId } };
}
