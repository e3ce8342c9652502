import { CreateOutbox1764100000000 } from './1764100000000-create-outbox';
import { OutboxMessageIds1764500000100 } from './1764500000100-outbox-message-ids';

/** Platform tables (outbox, inbox), in order. */
export const platformMigrations = [CreateOutbox1764100000000, OutboxMessageIds1764500000100];
