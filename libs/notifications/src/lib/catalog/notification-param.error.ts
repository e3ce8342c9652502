/**
 * A parameter is missing or malformed. Its own class so delivery can tell a payload that will
 * never render (retrying cannot help) from a transient failure.
 */
export class NotificationParamError extends Error {
  constructor(
    readonly notificationType: string,
    readonly param: string,
    problem: string,
  ) {
    super(`notification "${notificationType}": param "${param}" ${problem}`);
    this.name = 'NotificationParamError';
  }
}
