import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MatchingService, SearchService } from '@puente/search';
import { ForOrganizations, Public } from '../auth/access.decorators';
import { MatchingRequestDto, SearchQueryDto } from './search.dto';
import { MatchingPageResponse, SearchPageResponse } from './search.responses';

const list = (value: string | undefined): string[] => (value ? value.split(',') : []);

/** Buyer search: anonymous allowed (rate limited by the global limit). Registered before SuppliersController's `:supplierId`. */
@ApiTags('search')
@Public()
@Controller('suppliers')
export class SupplierSearchController {
  constructor(private readonly search: SearchService) {}

  @Get('search')
  @ApiOkResponse({
    type: SearchPageResponse,
    description: 'Published, visible suppliers matching the text and filters, best first, each with its explanation; 400 naming the field for unknown codes, an unknown ZIP, maxTransitDays without zip, or a cursor from another query.',
  })
  find(@Query() query: SearchQueryDto): Promise<SearchPageResponse> {
    return this.search.search({
      q: query.q ?? '',
      processes: list(query.processes),
      materials: list(query.materials),
      industries: list(query.industries),
      certifications: list(query.certifications),
      states: list(query.states),
      verified: query.verified === 'true',
      zip: query.zip ?? null,
      maxTransitDays: query.maxTransitDays ?? null,
      sort: query.sort ?? 'relevance',
      limit: query.limit ?? 20,
      cursor: query.cursor ?? null,
    });
  }
}

/** RFQ-shaped matching for signed-in buyers (and admins): the top N with explanations. */
@ApiTags('search')
@ForOrganizations('buyer', 'platform')
@Controller('matching')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Post('suppliers')
  @HttpCode(200)
  @ApiOkResponse({ type: MatchingPageResponse, description: 'The best suppliers for the requirement, with explanations; 400 naming the field for unknown codes or an unknown ZIP.' })
  match(@Body() body: MatchingRequestDto): Promise<MatchingPageResponse> {
    return this.matching.matchRequest({
      text: body.text ?? '',
      processes: body.processes ?? [],
      materials: body.materials ?? [],
      industries: body.industries ?? [],
      certifications: body.certifications ?? [],
      quantity: body.quantity ?? null,
      zip: body.zip ?? null,
      limit: body.limit ?? 25,
    });
  }
}
