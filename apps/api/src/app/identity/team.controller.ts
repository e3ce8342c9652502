import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InvitationAcceptanceService, TeamService, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, uuidParam } from '@puente/platform';
import { IsEmail, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ForOrganizations, ForRoles, Public, RequireVerifiedEmail } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { AccountResponse } from './account.responses';
import { InvitationListResponse, InvitationResponse, MemberListResponse } from './team.responses';

class InviteDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ['owner', 'member'] })
  @IsIn(['owner', 'member'])
  role!: 'owner' | 'member';
}

class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @MaxLength(500)
  token!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1_000)
  password!: string;
}

class ChangeRoleDto {
  @ApiProperty({ enum: ['owner', 'member'] })
  @IsIn(['owner', 'member'])
  role!: 'owner' | 'member';
}

class TransferOwnershipDto {
  @ApiProperty()
  @IsUUID()
  userId!: string;
}

/** The caller's own organization; members of another organization are never found (404). */
@ApiTags('team')
@ApiBearerAuth()
@ForOrganizations('buyer', 'supplier')
@Controller('team')
export class TeamController {
  constructor(
    private readonly team: TeamService,
    private readonly acceptance: InvitationAcceptanceService,
  ) {}

  @Get('members')
  @ApiOkResponse({ type: MemberListResponse, description: 'Everyone in the caller’s organization.' })
  async members(@CurrentPrincipal() principal: Principal): Promise<MemberListResponse> {
    return { data: await this.team.listMembers(principal) };
  }

  @Patch('members/:userId')
  @ForRoles('owner')
  @ApiOkResponse({ type: MemberListResponse, description: 'The members after the change. The last owner cannot be demoted (LAST_OWNER).' })
  async changeRole(
    @CurrentPrincipal() principal: Principal,
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() body: ChangeRoleDto,
    @Origin() origin: RequestOrigin,
  ): Promise<MemberListResponse> {
    return { data: await this.team.changeRole(principal, userId, body.role, origin) };
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Owners remove anyone; a member may remove only themself (leave). The last owner cannot leave.' })
  async remove(@CurrentPrincipal() principal: Principal, @Param('userId', uuidParam('userId')) userId: string, @Origin() origin: RequestOrigin): Promise<void> {
    if (principal.role !== 'owner' && userId !== principal.userId) {
      throw new AppError('FORBIDDEN', { details: [{ issue: 'role', message: 'only owners may remove other members' }] });
    }
    await this.team.removeMember(principal, userId, origin);
  }

  @Post('ownership-transfer')
  @ForRoles('owner')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberListResponse, description: 'The target becomes owner and the caller a member.' })
  async transferOwnership(@CurrentPrincipal() principal: Principal, @Body() body: TransferOwnershipDto, @Origin() origin: RequestOrigin): Promise<MemberListResponse> {
    return { data: await this.team.transferOwnership(principal, body.userId, origin) };
  }

  @Get('invitations')
  @ForRoles('owner')
  @ApiOkResponse({ type: InvitationListResponse, description: 'Pending invitations.' })
  async invitations(@CurrentPrincipal() principal: Principal): Promise<InvitationListResponse> {
    return { data: await this.team.listInvitations(principal) };
  }

  @Post('invitations')
  @ForRoles('owner')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: InvitationResponse, description: 'The invitee gets an expiring link by e-mail.' })
  invite(@CurrentPrincipal() principal: Principal, @Body() body: InviteDto, @Origin() origin: RequestOrigin): Promise<InvitationResponse> {
    return this.team.invite(principal, body.email, body.role, origin);
  }

  @Delete('invitations/:invitationId')
  @ForRoles('owner')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeInvitation(
    @CurrentPrincipal() principal: Principal,
    @Param('invitationId', uuidParam('invitationId')) invitationId: string,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.team.revokeInvitation(principal, invitationId, origin);
  }

  @Public()
  @Post('invitations/accept')
  @ApiCreatedResponse({ type: AccountResponse, description: 'Creates the invitee’s account in the inviting organization; then sign in.' })
  accept(@Body() body: AcceptInvitationDto, @Origin() origin: RequestOrigin): Promise<AccountResponse> {
    return this.acceptance.accept(body.token, { name: body.name, password: body.password }, origin);
  }
}
