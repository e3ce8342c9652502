import type { PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/**
 * `@Param('zip', patternParam('zip', /^\d{5}$/, 'a 5-digit ZIP'))`: a path or query value outside its
 * format is VALIDATION_FAILED naming it, at the edge, before any lookup sees NUL, a 4 KB string or
 * a value the database would choke on.
 */
export function patternParam(name: string, pattern: RegExp, description: string): PipeTransform<unknown, string> {
  return {
    transform(value: unknown): string {
      if (typeof value === 'string' && pattern.test(value)) return value;
      throw new AppError('VALIDATION_FAILED', {
        details: [{ field: name, issue: 'matches', message: `${name} must be ${description}` }],
        message: { en: `Invalid fields: ${name}.`, es: `Campos no válidos: ${name}.` },
      });
    },
  };
}
