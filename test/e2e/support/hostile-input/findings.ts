import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Verdict } from './response-check';

export interface Finding {
  operation: string;
  actor: string;
  className: string;
  label: string;
  verdict: Exclude<Verdict, { kind: 'ok' }>;
}

/** Counts of what the hostile spec sent and what went wrong, by class and route. */
export class Findings {
  readonly failures: Finding[] = [];
  private readonly requestsByClass = new Map<string, number>();
  private readonly operations = new Set<string>();
  /** Per actor and operation, how often each status came back: shows what the inputs reached. */
  readonly statuses = new Map<string, Record<number, number>>();

  record(operation: string, actor: string, className: string, label: string, verdict: Verdict): void {
    this.operations.add(operation);
    this.requestsByClass.set(className, (this.requestsByClass.get(className) ?? 0) + 1);
    const key = `${actor} ${operation}`;
    if (verdict.status) {
      const counts = this.statuses.get(key) ?? {};
      counts[verdict.status] = (counts[verdict.status] ?? 0) + 1;
      this.statuses.set(key, counts);
    }
    if (verdict.kind !== 'ok') this.failures.push({ operation, actor, className, label, verdict });
  }

  get requests(): number {
    return [...this.requestsByClass.values()].reduce((sum, count) => sum + count, 0);
  }

  summary(extra: Record<string, unknown>) {
    const byClassAndRoute: Record<string, Record<string, number>> = {};
    const byKind: Record<string, number> = {};
    for (const failure of this.failures) {
      const key = `${failure.verdict.kind} ${failure.className}`;
      byClassAndRoute[key] ??= {};
      byClassAndRoute[key][failure.operation] = (byClassAndRoute[key][failure.operation] ?? 0) + 1;
      byKind[failure.verdict.kind] = (byKind[failure.verdict.kind] ?? 0) + 1;
    }
    return {
      ...extra,
      operations: this.operations.size,
      classes: Object.fromEntries([...this.requestsByClass.entries()].sort()),
      classCount: this.requestsByClass.size,
      requests: this.requests,
      statuses: Object.fromEntries([...this.statuses.entries()].sort()),
      failures: { total: this.failures.length, byKind, byClassAndRoute, list: this.failures.slice(0, 2_000).map(describeFailure) },
    };
  }

  /** Written beside the other test outputs (git-ignored tmp/), for the record of a run. */
  write(path: string, extra: Record<string, unknown>): ReturnType<Findings['summary']> {
    const summary = this.summary(extra);
    const file = resolve(__dirname, '../../../..', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  }
}

/** One line per failure, for the assertion message. */
export function describeFailure(failure: Finding): string {
  return `${failure.verdict.kind} ${failure.operation} as ${failure.actor} [${failure.className}: ${failure.label.slice(0, 60)}] ${failure.verdict.why.slice(0, 160)}`;
}
