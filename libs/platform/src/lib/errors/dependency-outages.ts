import type { Dependency } from './unavailable-dependency';

export interface OutageLogger {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/**
 * Remembers which dependencies are down so that an outage is logged twice (when it starts and when it
 * ends) instead of once per failed request: a five-second cut during a burst would otherwise write
 * hundreds of identical stacks.
 */
export class DependencyOutages {
  private readonly since = new Map<Dependency, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Call on every request that failed because of the dependency; logs only the first of an outage. */
  failed(dependency: Dependency, logger: OutageLogger | undefined, cause: unknown): void {
    if (this.since.has(dependency)) return;
    this.since.set(dependency, this.now());
    logger?.warn({ dependency, err: cause }, `${dependency} unreachable: requests that need it answer 503 DEPENDENCY_UNAVAILABLE`);
  }

  /** Call when the dependency answers again (a new connection succeeded); logs only the end of an outage. */
  recovered(dependency: Dependency, logger: OutageLogger | undefined): void {
    const since = this.since.get(dependency);
    if (since === undefined) return;
    this.since.delete(dependency);
    logger?.info({ dependency, outageMs: this.now() - since }, `${dependency} reachable again`);
  }

  isDown(dependency: Dependency): boolean {
    return this.since.has(dependency);
  }
}

/** The process's one tracker: the error path and the connection listeners must share it. */
export const dependencyOutages = new DependencyOutages();
