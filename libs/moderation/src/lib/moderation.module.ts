import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from '@puente/identity';
import './moderation.errors';
import { ReviewItem } from './review-item.entity';
import { ReviewQueue } from './review-queue.service';
import { ReviewSubjectHandlers } from './review-subject-handlers';

/**
 * The review queue. Global so that any context can open items from its own transactions and
 * register the handler of the kind it owns.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ReviewItem])],
  // AuditLog is stateless (it writes through the caller's manager); moderation has its own instance.
  providers: [ReviewSubjectHandlers, ReviewQueue, AuditLog],
  exports: [ReviewSubjectHandlers, ReviewQueue],
})
export class ModerationModule {}
