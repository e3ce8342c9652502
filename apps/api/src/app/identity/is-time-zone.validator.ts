import { isTimeZone } from '@puente/identity';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** An IANA time zone such as America/Monterrey. */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an IANA time zone such as America/Monterrey`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) },
    });
}
