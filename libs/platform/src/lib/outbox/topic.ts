/** A kind of committed change that work can follow ("when X is committed, do Y"). */
export interface Topic<Payload> {
  readonly name: string;
  /** Carries the payload type only; never set. */
  readonly payloadType?: Payload;
}

const declared = new Set<string>();

/**
 * Declares a topic, e.g. `defineTopic<{ rfqId: string }>('sourcing.rfq.published')`. The worker
 * refuses to start while a declared topic has no consumer, so no committed change is dropped.
 */
export function defineTopic<Payload>(name: string): Topic<Payload> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(name)) {
    throw new Error(`topic "${name}" must be dotted lowercase words, e.g. "sourcing.rfq.published"`);
  }
  declared.add(name);
  return { name };
}

export function declaredTopics(): string[] {
  return [...declared].sort();
}
