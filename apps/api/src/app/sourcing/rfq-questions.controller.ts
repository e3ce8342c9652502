import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { RfqQuestionsService } from '@puente/sourcing';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { AnswerQuestionDto, AskQuestionDto } from './rfq-questions.dto';
import { RfqQuestionListResponse, RfqQuestionResponse } from './rfq-questions.responses';

/** Suppliers ask about an RFQ; its buyer answers, privately or for every supplier. */
@ApiTags('rfqs')
@ApiBearerAuth()
@Controller('rfqs/:rfqId/questions')
export class RfqQuestionsController {
  constructor(private readonly questions: RfqQuestionsService) {}

  @Post()
  @ForOrganizations('supplier')
  @ApiCreatedResponse({ type: RfqQuestionResponse, description: 'A supplier that may read the RFQ; the buyer is notified. 409 RFQ_CLOSED once the deadline has passed.' })
  ask(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Body() body: AskQuestionDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqQuestionResponse> {
    return this.questions.ask(principal, rfqId, body.body, origin);
  }

  @Get()
  @ApiOkResponse({
    type: RfqQuestionListResponse,
    description: 'Buyer and admins: all, with the asker. A supplier: its own, plus public answers (without the asker) once past the NDA.',
  })
  list(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string): Promise<RfqQuestionListResponse> {
    return this.questions.list(principal, rfqId);
  }

  @Post(':questionId/answer')
  @HttpCode(200)
  @ForOrganizations('buyer')
  @ApiOkResponse({ type: RfqQuestionResponse, description: 'Once; again 409 QUESTION_ALREADY_ANSWERED. The asker is notified, and every invited supplier when public.' })
  answer(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Param('questionId', uuidParam('questionId')) questionId: string,
    @Body() body: AnswerQuestionDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqQuestionResponse> {
    return this.questions.answer(principal, rfqId, questionId, body, origin);
  }
}
