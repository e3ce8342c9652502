import type { JobRetryPolicy } from './queues';

export interface QueueSettings {
  redisUrl: string;
  /** BullMQ keys live under `<keyPrefix>:bull:`. */
  keyPrefix: string;
  retry: JobRetryPolicy;
}

export const QUEUE_SETTINGS = Symbol('QUEUE_SETTINGS');

export function bullPrefix(settings: QueueSettings): string {
  return `${settings.keyPrefix}:bull`;
}
