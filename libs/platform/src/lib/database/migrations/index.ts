import { CreateOutbox1764100000000 } from './1764100000000-create-outbox';

/** Platform tables (outbox, inbox), in order. */
export const platformMigrations = [CreateOutbox1764100000000];
