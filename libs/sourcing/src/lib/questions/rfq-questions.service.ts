import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { RfqQuestion } from '../entities/rfq-question.entity';
import { Rfq } from '../entities/rfq.entity';
import type { RfqQuestionListView, RfqQuestionView } from '../rfq-views';
import { assertOpenForWrites } from '../rfqs/assert-open-for-writes';
import { lockOwnRfq } from '../rfqs/own-rfq';
import { RfqNotices } from '../rfqs/rfq-notices';
import { questionView } from './question-view';

/**
 * Suppliers ask about an RFQ while it is open; the buyer answers, privately to the asker or publicly to
 * every supplier (without saying who asked).
 */
@Injectable()
export class RfqQuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
    private readonly notices: RfqNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** A supplier that may read the RFQ (behind the NDA gate too); 409 RFQ_CLOSED once its deadline has passed by the clock. */
  ask(principal: Principal, rfqId: string, body: string, origin: RequestOrigin): Promise<RfqQuestionView> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.resolve(principal, rfqId, manager);
      // Shared lock: no close or amendment commits between the check and the insert.
      const rfq = (await manager.findOne(Rfq, { where: { id: rfqId }, lock: { mode: 'pessimistic_read' } }))!;
      assertOpenForWrites(rfq, this.clock.now());
      if (body.trim() === '') throw new AppError('VALIDATION_FAILED', { details: [{ field: 'body', issue: 'blank', message: 'body must not be blank' }] });
      const question = manager.create(RfqQuestion, {
        rfqId,
        organizationId: principal.organizationId,
        askedBy: principal.userId,
        body,
        askedAt: this.clock.now(),
        answer: null,
        public: false,
        answeredBy: null,
        answeredAt: null,
      });
      await manager.save(RfqQuestion, question);
      await this.audit.record(manager, {
        action: 'rfq.question_asked',
        actor: principal,
        organizationId: rfq.buyerOrganizationId,
        target: { type: 'rfq', id: rfqId },
        after: { questionId: question.id, organizationId: principal.organizationId },
        ip: origin.ip,
      });
      await this.notices.questionAsked(manager, rfq);
      return questionView(question, await this.organizationName(manager, principal.organizationId), { organizationId: principal.organizationId, seesAskers: false });
    });
  }

  /**
   * The buyer and admins: every question with its asker. A supplier: its own, and the publicly answered
   * ones (without the asker) once it has accepted the NDA, if one is required.
   */
  async list(principal: Principal, rfqId: string): Promise<RfqQuestionListView> {
    const manager = this.dataSource.manager;
    const reading = await this.access.resolve(principal, rfqId, manager);
    const seesAskers = reading.role !== 'supplier';
    const rows: Array<RfqQuestion & { askerName: string }> = await manager
      .createQueryBuilder(RfqQuestion, 'question')
      .innerJoin('organizations', 'asker', 'asker.id = question.organization_id')
      .addSelect('asker.name', 'asker_name')
      .where('question.rfq_id = :rfqId', { rfqId })
      .andWhere(
        seesAskers ? 'true' : reading.gated ? 'question.organization_id = :own' : '(question.organization_id = :own OR (question.public AND question.answer IS NOT NULL))',
        { own: principal.organizationId },
      )
      .orderBy('question.asked_at', 'ASC')
      .addOrderBy('question.id', 'ASC')
      .getRawAndEntities()
      .then(({ entities, raw }) => entities.map((entity, index) => Object.assign(entity, { askerName: (raw[index] as { asker_name: string }).asker_name })));
    return { data: rows.map((question) => questionView(question, question.askerName, { organizationId: principal.organizationId, seesAskers })) };
  }

  /** The buyer answers once (409 QUESTION_ALREADY_ANSWERED); the asker is told, and every invited supplier when public. */
  answer(principal: Principal, rfqId: string, questionId: string, answer: { answer: string; public: boolean }, origin: RequestOrigin): Promise<RfqQuestionView> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await lockOwnRfq(manager, principal, rfqId);
      const question = await manager.findOne(RfqQuestion, { where: { id: questionId, rfqId }, lock: { mode: 'pessimistic_write' } });
      if (!question) throw new AppError('NOT_FOUND', { details: [{ field: 'questionId', issue: 'not_found', message: 'questionId not found' }] });
      if (question.answer !== null) throw new AppError('QUESTION_ALREADY_ANSWERED', { details: [{ field: 'questionId', issue: 'answered', message: 'this question already has an answer' }] });
      if (answer.answer.trim() === '') throw new AppError('VALIDATION_FAILED', { details: [{ field: 'answer', issue: 'blank', message: 'answer must not be blank' }] });
      Object.assign(question, { answer: answer.answer, public: answer.public, answeredBy: principal.userId, answeredAt: this.clock.now() });
      await manager.save(RfqQuestion, question);
      await this.audit.record(manager, {
        action: 'rfq.question_answered',
        actor: principal,
        organizationId: rfq.buyerOrganizationId,
        target: { type: 'rfq', id: rfqId },
        after: { questionId, public: answer.public },
        ip: origin.ip,
      });
      await this.notices.questionAnswered(manager, rfq, question.organizationId, answer.public);
      return questionView(question, await this.organizationName(manager, question.organizationId), { organizationId: principal.organizationId, seesAskers: true });
    });
  }

  private async organizationName(manager: EntityManager, organizationId: string): Promise<string> {
    const [row]: Array<{ name: string }> = await manager.query('SELECT name FROM organizations WHERE id = $1', [organizationId]);
    return row?.name ?? '';
  }
}
