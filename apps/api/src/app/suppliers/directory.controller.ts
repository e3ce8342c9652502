import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DirectorySearchService } from '@puente/suppliers';
import { Public } from '../auth/access.decorators';
import { DirectorySearchQueryDto } from './listing-claims.dto';
import { DirectoryListingsResponse } from './listing-claims.responses';

/** "Find your plant": the public directory search. */
@ApiTags('directory')
@Public()
@Controller('directory')
export class DirectoryController {
  constructor(private readonly search: DirectorySearchService) {}

  @Get('listings')
  @ApiOkResponse({
    type: DirectoryListingsResponse,
    description: 'Published profiles, claimed or not, by name (accents, case and a typo do not matter), exact RFC or municipality; best match first.',
  })
  listings(@Query() query: DirectorySearchQueryDto): Promise<DirectoryListingsResponse> {
    return this.search.search({
      q: query.q,
      state: query.state,
      claimed: query.claimed === undefined ? undefined : query.claimed === 'true',
      cursor: query.cursor,
      limit: query.limit ?? 20,
    });
  }
}
