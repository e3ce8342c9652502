export interface InvalidVariable {
  variable: string;
  problems: string[];
}

/** Thrown at boot; its message names every invalid variable so an operator can fix them in one go. */
export class ConfigValidationError extends Error {
  constructor(readonly invalid: InvalidVariable[]) {
    super(
      'Invalid environment:\n' +
        invalid.map(({ variable, problems }) => `  - ${variable}: ${problems.join('; ')}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}
