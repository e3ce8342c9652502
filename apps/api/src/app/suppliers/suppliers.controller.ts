import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PrincipalService, type Principal } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { SupplierTrackRecordService } from '@puente/sourcing';
import { SupplierProfileService } from '@puente/suppliers';
import type { Request } from 'express';
import { Public } from '../auth/access.decorators';
import { SupplierTrackRecordResponse } from '../sourcing/track-record.responses';
import { SupplierResponse } from './supplier-profile.responses';

/** Public profiles. Anonymous callers allowed; a token, when sent, must be valid and widens the view for the owner and admins. */
@ApiTags('suppliers')
@Public()
@Controller('suppliers')
export class SuppliersController {
  constructor(
    private readonly profiles: SupplierProfileService,
    private readonly principals: PrincipalService,
    private readonly trackRecords: SupplierTrackRecordService,
  ) {}

  @Get(':supplierId')
  @ApiOkResponse({
    type: SupplierResponse,
    description: 'The published version (RFC masked as the supplier chose, public certifications only); 404 when unpublished or suspended, except for the owner organization and admins, who also get `internal`.',
  })
  async get(@Param('supplierId', uuidParam('supplierId')) supplierId: string, @Req() request: Request): Promise<SupplierResponse> {
    return this.profiles.view(supplierId, await this.optionalPrincipal(request));
  }

  @Get(':supplierId/track-record')
  @ApiOkResponse({
    type: SupplierTrackRecordResponse,
    description: 'How the supplier answers invitations (the worker’s figures) and how buyers rate it, with its replies. Exactly as visible as the profile: the same 404 when it is not.',
  })
  async trackRecord(@Param('supplierId', uuidParam('supplierId')) supplierId: string, @Req() request: Request): Promise<SupplierTrackRecordResponse> {
    return this.trackRecords.view(await this.profiles.visibleSupplierId(supplierId, await this.optionalPrincipal(request)));
  }

  private async optionalPrincipal(request: Request): Promise<Principal | null> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    return scheme === 'Bearer' && token ? this.principals.authenticate(token) : null;
  }
}
