import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ProfileService, type Principal, type RequestOrigin } from '@puente/identity';
import { OptionalField } from '@puente/platform';
import { IsIn, IsString, Length, MaxLength } from 'class-validator';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { AccountResponse } from './account.responses';
import { IsTimeZone } from './is-time-zone.validator';

class UpdateProfileDto {
  @ApiPropertyOptional()
  @OptionalField()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ['en', 'es'] })
  @OptionalField()
  @IsIn(['en', 'es'])
  language?: 'en' | 'es';

  @ApiPropertyOptional({ example: 'America/Monterrey' })
  @OptionalField()
  @IsTimeZone()
  timeZone?: string;
}

class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(1_000)
  currentPassword!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1_000)
  newPassword!: string;
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly profiles: ProfileService) {}

  @Get()
  @ApiOkResponse({ type: AccountResponse, description: 'The caller, their organization and role.' })
  get(@CurrentPrincipal() principal: Principal): Promise<AccountResponse> {
    return this.profiles.get(principal);
  }

  @Patch()
  @ApiOkResponse({ type: AccountResponse, description: 'Allowed before the e-mail is verified.' })
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateProfileDto, @Origin() origin: RequestOrigin): Promise<AccountResponse> {
    return this.profiles.update(principal, body, origin);
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Needs the current password; other sessions end, this one stays.' })
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.profiles.changePassword(principal, body.currentPassword, body.newPassword, origin);
  }
}
