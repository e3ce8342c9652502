import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { SupplierProfileService } from '@puente/suppliers';
import { AdminOnly } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { OwnProfileResponse } from './supplier-profile.responses';

/** Platform admins: suspension and the checks behind the verification level. */
@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('admin/suppliers/:supplierId')
export class AdminSuppliersController {
  constructor(private readonly profiles: SupplierProfileService) {}

  @Post('suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: OwnProfileResponse, description: 'Hides a published profile; 409 PROFILE_INVALID_TRANSITION when nothing is published or it is already suspended.' })
  suspend(@CurrentPrincipal() admin: Principal, @Param('supplierId', uuidParam('supplierId')) supplierId: string, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.setSuspended(admin, supplierId, true, origin);
  }

  @Post('unsuspend')
  @HttpCode(200)
  @ApiOkResponse({ type: OwnProfileResponse, description: 'suspended -> published (or draft when the supplier has unsent edits).' })
  unsuspend(@CurrentPrincipal() admin: Principal, @Param('supplierId', uuidParam('supplierId')) supplierId: string, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.setSuspended(admin, supplierId, false, origin);
  }

  @Post('verify-rfc')
  @HttpCode(200)
  @ApiOkResponse({ type: OwnProfileResponse, description: 'Records that an admin checked the RFC with the SAT (who and when).' })
  verifyRfc(@CurrentPrincipal() admin: Principal, @Param('supplierId', uuidParam('supplierId')) supplierId: string, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.verifyRfc(admin, supplierId, origin);
  }

  @Post('certifications/:certificationId/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: OwnProfileResponse, description: 'Records that an admin checked the certificate (who and when).' })
  verifyCertification(
    @CurrentPrincipal() admin: Principal,
    @Param('supplierId', uuidParam('supplierId')) supplierId: string,
    @Param('certificationId', uuidParam('certificationId')) certificationId: string,
    @Origin() origin: RequestOrigin,
  ): Promise<OwnProfileResponse> {
    return this.profiles.verifyCertification(admin, supplierId, certificationId, origin);
  }
}
