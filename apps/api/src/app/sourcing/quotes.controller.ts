import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { QuoteReadsService, QuoteSubmissionService, QuoteWithdrawalService } from '@puente/sourcing';
import { ForOrganizations, RequireVerifiedEmail } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { SubmitQuoteDto } from './quotes.dto';
import { QuoteResponse, RfqQuotesResponse } from './quotes.responses';

const OPEN = '409 RFQ_CLOSED once the RFQ is closed or its deadline has passed (even before the closing job ran).';

/**
 * Suppliers' quotes on RFQs: the quoting organization writes and reads its own; the RFQ's buyer reads
 * them once unsealed (who quoted, always); admins read all. Sealing is enforced by the services' queries.
 */
@ApiTags('quotes')
@ApiBearerAuth()
@Controller()
export class QuotesController {
  constructor(
    private readonly submissions: QuoteSubmissionService,
    private readonly withdrawals: QuoteWithdrawalService,
    private readonly reads: QuoteReadsService,
  ) {}

  @Put('rfqs/:rfqId/quote')
  @ForOrganizations('supplier')
  @RequireVerifiedEmail()
  @ApiOkResponse({
    type: QuoteResponse,
    description: `Sends your organization’s quote (revises 0) or revises it (revises = its current revision). 409 QUOTE_VERSION_STALE when it moved since you read it; ${OPEN} 400 VALIDATION_FAILED naming each field at fault (\`lines.0.breaks.2.unitPrice\`, \`delivery.plantId\`); 403 QUOTE_SUPPLIER_NOT_ELIGIBLE without a published supplier profile; 403 RFQ_NDA_REQUIRED before the NDA; 404 when you may not read the RFQ. The quote that reaches the RFQ’s quote cap closes it.`,
  })
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Body() body: SubmitQuoteDto,
    @Origin() origin: RequestOrigin,
  ): Promise<QuoteResponse> {
    return this.submissions.submit(principal, rfqId, body, origin);
  }

  @Get('rfqs/:rfqId/quote')
  @ForOrganizations('supplier')
  @ApiOkResponse({ type: QuoteResponse, description: 'Your organization’s quote on the RFQ with every revision; 404 when it has none.' })
  own(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string): Promise<QuoteResponse> {
    return this.reads.own(principal, rfqId);
  }

  @Post('rfqs/:rfqId/quote/withdraw')
  @HttpCode(200)
  @ForOrganizations('supplier')
  @ApiOkResponse({ type: QuoteResponse, description: `active -> withdrawn; sending it again (PUT) makes it active again. 409 QUOTE_INVALID_TRANSITION when already withdrawn; ${OPEN}` })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string, @Origin() origin: RequestOrigin): Promise<QuoteResponse> {
    return this.withdrawals.withdraw(principal, rfqId, origin);
  }

  @Get('rfqs/:rfqId/quotes')
  @ApiOkResponse({
    type: RfqQuotesResponse,
    description: 'The RFQ’s buyer (and admins): who quoted, always; every quote in full once unsealed (open bidding, or the RFQ closed). Suppliers and other buyers: 404.',
  })
  forRfq(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string): Promise<RfqQuotesResponse> {
    return this.reads.forRfq(principal, rfqId);
  }

  @Get('quotes/:quoteId')
  @ApiOkResponse({
    type: QuoteResponse,
    description: 'The quoting organization, always; the RFQ’s buyer once unsealed (403 QUOTES_SEALED before); admins. Anyone else 404.',
  })
  byId(@CurrentPrincipal() principal: Principal, @Param('quoteId', uuidParam('quoteId')) quoteId: string): Promise<QuoteResponse> {
    return this.reads.byId(principal, quoteId);
  }
}
