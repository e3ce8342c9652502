import { Clock } from '@puente/platform';

/** A clock tests move by hand. */
export class FakeClock extends Clock {
  constructor(private current = new Date('2026-01-15T12:00:00.000Z')) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    this.current = new Date(to);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
