import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { FX_LIST_MAX_DAYS, FxRates } from '@puente/sourcing';
import { AdminOnly, ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { EnterFxRateDto, FxRatesQueryDto } from './fx-rates.dto';
import { FxRateListResponse, FxRateResponse } from './fx-rates.responses';


/** The peso–dollar rate table: admins enter rates; admins and buyers (whose comparisons use them) read them. */
@ApiTags('fx-rates')
@ApiBearerAuth()
@Controller('fx-rates')
export class FxRatesController {
  constructor(private readonly rates: FxRates) {}

  @Post()
  @HttpCode(200)
  @AdminOnly()
  @ApiOkResponse({ type: FxRateResponse, description: 'Enters the rate of a date and source, or corrects it (audited with the figure it replaced).' })
  enter(@CurrentPrincipal() principal: Principal, @Body() body: EnterFxRateDto, @Origin() origin: RequestOrigin): Promise<FxRateResponse> {
    return this.rates.enter(principal, body, origin);
  }

  @Get()
  @ForOrganizations('platform', 'buyer')
  @ApiOkResponse({ type: FxRateListResponse, description: `Rates between two dates (at most ${FX_LIST_MAX_DAYS} days apart; default the last 31 days), newest first.` })
  list(@Query() query: FxRatesQueryDto): Promise<FxRateListResponse> {
    return this.rates.list(query);
  }
}
