import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { suggestCapabilities, SupplierProfileService } from '@puente/suppliers';
import { IsString, Length } from 'class-validator';
import { ForOrganizations, RequireVerifiedEmail } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { SupplierCertificationDto, SupplierPlantDto, UpdateSupplierProfileDto } from './supplier-profile.dto';
import { CapabilitySuggestionsResponse, OwnProfileResponse } from './supplier-profile.responses';

class SuggestionsQuery {
  @ApiProperty({ example: 'maquinado CNC y troquelado de lámina' })
  @IsString()
  @Length(1, 5_000)
  text!: string;
}

/** The caller's own supplier profile. Buyers and admins get 403 (FORBIDDEN, issue organization_kind). */
@ApiTags('supplier-profile')
@ApiBearerAuth()
@ForOrganizations('supplier')
@Controller('supplier-profile')
export class SupplierProfileController {
  constructor(private readonly profiles: SupplierProfileService) {}

  @Get()
  @ApiOkResponse({ type: OwnProfileResponse, description: 'The draft being edited, the published version and the review state.' })
  get(@CurrentPrincipal() principal: Principal): Promise<OwnProfileResponse> {
    return this.profiles.getOwn(principal);
  }

  @Put()
  @ApiOkResponse({ type: OwnProfileResponse, description: 'Replaces every editable field. On a published profile this starts a revision; buyers keep seeing the approved version.' })
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateSupplierProfileDto, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.updateDraft(principal, body, origin);
  }

  @Post('submit')
  @HttpCode(200)
  @RequireVerifiedEmail()
  @ApiOkResponse({ type: OwnProfileResponse, description: 'draft or rejected -> pending_review; any other state is 409 PROFILE_INVALID_TRANSITION.' })
  submit(@CurrentPrincipal() principal: Principal, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.submit(principal, origin);
  }

  @Get('suggestions')
  @ApiOkResponse({ type: CapabilitySuggestionsResponse, description: 'Processes, materials and industries the description mentions.' })
  suggestions(@Query() query: SuggestionsQuery): CapabilitySuggestionsResponse {
    return { data: suggestCapabilities(query.text) };
  }

  @Post('plants')
  @ApiCreatedResponse({ type: OwnProfileResponse, description: 'The plant is geocoded; an unknown state or municipality is 400 naming the field.' })
  addPlant(@CurrentPrincipal() principal: Principal, @Body() body: SupplierPlantDto, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.addPlant(principal, body, origin);
  }

  @Patch('plants/:plantId')
  @ApiOkResponse({ type: OwnProfileResponse, description: 'Replaces the plant’s address and locates it again.' })
  updatePlant(
    @CurrentPrincipal() principal: Principal,
    @Param('plantId', uuidParam('plantId')) plantId: string,
    @Body() body: SupplierPlantDto,
    @Origin() origin: RequestOrigin,
  ): Promise<OwnProfileResponse> {
    return this.profiles.updatePlant(principal, plantId, body, origin);
  }

  @Delete('plants/:plantId')
  @ApiOkResponse({ type: OwnProfileResponse })
  removePlant(@CurrentPrincipal() principal: Principal, @Param('plantId', uuidParam('plantId')) plantId: string, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.removePlant(principal, plantId, origin);
  }

  @Post('certifications')
  @ApiCreatedResponse({ type: OwnProfileResponse, description: 'validUntil before validFrom is 400 naming validUntil.' })
  addCertification(@CurrentPrincipal() principal: Principal, @Body() body: SupplierCertificationDto, @Origin() origin: RequestOrigin): Promise<OwnProfileResponse> {
    return this.profiles.addCertification(principal, body, origin);
  }

  @Patch('certifications/:certificationId')
  @ApiOkResponse({ type: OwnProfileResponse, description: 'Replaces the certification; an admin’s check of it is cleared.' })
  updateCertification(
    @CurrentPrincipal() principal: Principal,
    @Param('certificationId', uuidParam('certificationId')) certificationId: string,
    @Body() body: SupplierCertificationDto,
    @Origin() origin: RequestOrigin,
  ): Promise<OwnProfileResponse> {
    return this.profiles.updateCertification(principal, certificationId, body, origin);
  }

  @Delete('certifications/:certificationId')
  @ApiOkResponse({ type: OwnProfileResponse })
  removeCertification(
    @CurrentPrincipal() principal: Principal,
    @Param('certificationId', uuidParam('certificationId')) certificationId: string,
    @Origin() origin: RequestOrigin,
  ): Promise<OwnProfileResponse> {
    return this.profiles.removeCertification(principal, certificationId, origin);
  }
}
