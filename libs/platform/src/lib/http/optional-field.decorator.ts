import { ValidateBy, ValidateIf } from 'class-validator';

/**
 * For optional fields of request bodies, instead of class-validator's @IsOptional, which lets
 * `null` through as well: an omitted field is skipped, `null` is refused (400 naming the field,
 * issue `isNotNull`) and any other value meets the field's validators. `"name": null` on
 * PATCH /me reached a NOT NULL column and answered 500 before this existed.
 */
export function OptionalField(): PropertyDecorator {
  const skipWhenAbsent = ValidateIf((_object: object, value: unknown) => value !== undefined);
  const refuseNull = ValidateBy({
    name: 'isNotNull',
    validator: {
      validate: (value: unknown) => value !== null,
      defaultMessage: (args) => `${args?.property} must not be null; leave it out instead`,
    },
  });
  return (target: object, key: string | symbol) => {
    skipWhenAbsent(target, key);
    refuseNull(target, key);
  };
}

/**
 * For optional fields a client may clear: left out keeps the stored value, `null` clears it (the column
 * must be nullable), any other value meets the field's validators. Mark the OpenAPI property
 * `nullable: true` so generated clients may send null.
 */
export function ClearableField(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);
}
