import { Injectable } from '@nestjs/common';
import type { ReviewKind, ReviewSubjectHandler } from './review-subject';

/**
 * The contexts that own reviewed subjects register their handler here at module init
 * (`onModuleInit() { handlers.register(this) }`), so moderation never imports them.
 */
@Injectable()
export class ReviewSubjectHandlers {
  private readonly handlers = new Map<ReviewKind, ReviewSubjectHandler>();

  register(handler: ReviewSubjectHandler): void {
    if (this.handlers.has(handler.kind)) throw new Error(`A review handler for kind "${handler.kind}" is already registered`);
    this.handlers.set(handler.kind, handler);
  }

  has(kind: ReviewKind): boolean {
    return this.handlers.has(kind);
  }

  /** A kind with items but no handler is a wiring mistake of the owning context, not a client error. */
  get(kind: ReviewKind): ReviewSubjectHandler {
    const handler = this.handlers.get(kind);
    if (!handler) {
      throw new Error(`No review handler is registered for kind "${kind}": the context that owns it must call ReviewSubjectHandlers.register at module init`);
    }
    return handler;
  }
}
