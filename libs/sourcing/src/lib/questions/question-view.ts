import type { RfqQuestion } from '../entities/rfq-question.entity';
import type { RfqQuestionView } from '../rfq-views';

/**
 * A question as its reader sees it: the buyer and admins see who asked, the asking organization sees its
 * own, and everyone else reads a public answer without the asker.
 */
export function questionView(question: RfqQuestion, askerName: string, reader: { organizationId: string; seesAskers: boolean }): RfqQuestionView {
  const own = question.organizationId === reader.organizationId;
  return {
    id: question.id,
    body: question.body,
    askedAt: question.askedAt.toISOString(),
    askedBy: reader.seesAskers || own ? { organizationId: question.organizationId, organizationName: askerName } : null,
    own,
    answer: question.answer,
    public: question.public,
    answeredAt: question.answeredAt?.toISOString() ?? null,
  };
}
