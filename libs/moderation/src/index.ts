import { CreateModeration1764600000000 } from './lib/migrations/1764600000000-create-moderation';

export * from './lib/review-subject';
export * from './lib/review-item.entity';
export * from './lib/review-reasons';
export * from './lib/review-cursor';
export * from './lib/review-subject-handlers';
export * from './lib/review-queue.service';
export * from './lib/moderation.errors';
export * from './lib/moderation.module';

export const moderationMigrations = [CreateModeration1764600000000];
