/**
 * The only source of "now" for code that compares with it. Pass `clock.now()` into SQL as a
 * parameter instead of `now()`, so tests can move time.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
