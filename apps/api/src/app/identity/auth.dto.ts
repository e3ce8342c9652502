import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { OptionalField } from '@puente/platform';
import { IsEmail, IsIn, IsISO31661Alpha2, IsObject, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsTimeZone } from './is-time-zone.validator';

const LANGUAGES = ['en', 'es'] as const;

export class SignUpOrganizationDto {
  @ApiProperty({ enum: ['buyer', 'supplier'], description: 'Platform organizations are never created by sign-up.' })
  @IsIn(['buyer', 'supplier'], { message: 'organization.kind must be buyer or supplier' })
  kind!: 'buyer' | 'supplier';

  @ApiProperty({ example: 'Acme Robotics' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2()
  country!: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @OptionalField()
  @IsIn(LANGUAGES)
  language?: 'en' | 'es';

  @ApiPropertyOptional({ example: 'America/Chicago' })
  @OptionalField()
  @IsTimeZone()
  timeZone?: string;
}

export class SignUpUserDto {
  @ApiProperty({ example: 'Ana Smith' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'ana@acme.example' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ description: 'At least 12 characters, not a common password, not containing the e-mail.' })
  @IsString()
  @MaxLength(1_000)
  password!: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @OptionalField()
  @IsIn(LANGUAGES)
  language?: 'en' | 'es';

  @ApiPropertyOptional({ example: 'America/Chicago' })
  @OptionalField()
  @IsTimeZone()
  timeZone?: string;
}

export class SignUpDto {
  // IsObject first: a missing or non-object value is 400 naming it, before any service reads its fields.
  @ApiProperty({ type: SignUpOrganizationDto })
  @IsObject({ message: 'organization must be an object' })
  @ValidateNested()
  @Type(() => SignUpOrganizationDto)
  organization!: SignUpOrganizationDto;

  @ApiProperty({ type: SignUpUserDto })
  @IsObject({ message: 'user must be an object' })
  @ValidateNested()
  @Type(() => SignUpUserDto)
  user!: SignUpUserDto;
}

export class SignInDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1_000)
  password!: string;

  @ApiPropertyOptional({
    enum: ['browser', 'api'],
    description: 'browser (default): the refresh token goes in an httpOnly cookie with a CSRF token; api: it is returned in the body.',
  })
  @OptionalField()
  @IsIn(['browser', 'api'])
  client?: 'browser' | 'api';
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'API clients send it here; browsers rely on the cookie and send x-csrf-token.' })
  @OptionalField()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class TokenDto {
  @ApiProperty()
  @IsString()
  @MaxLength(500)
  token!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty()
  @IsString()
  @MaxLength(500)
  token!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1_000)
  newPassword!: string;
}
