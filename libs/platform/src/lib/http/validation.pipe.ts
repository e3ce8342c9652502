import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type ErrorDetail } from '../errors/app-error';

function flatten(errors: ValidationError[], parentPath = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([issue, message]) => ({
      field,
      issue: issue === 'whitelistValidation' ? 'unknown_property' : issue,
      message: issue === 'whitelistValidation' ? `${field} is not an accepted property` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelists DTOs, rejects unknown properties, and reports each bad field by name. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const fields = [...new Set(details.map((detail) => detail.field))].join(', ');
      return new AppError('VALIDATION_FAILED', {
        details,
        message: { en: `Invalid fields: ${fields}.`, es: `Campos no válidos: ${fields}.` },
      });
    },
  });
}
