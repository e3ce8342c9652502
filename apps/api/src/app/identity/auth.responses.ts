import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SignUpReceipt } from '@puente/identity';

/** What sign-in and refresh answer; session-cookies.ts builds it for either kind of client. */
export class SessionResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ format: 'date-time' }) accessTokenExpiresAt!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ format: 'date-time' }) refreshTokenExpiresAt!: string;
  @ApiPropertyOptional({ description: 'api clients only' }) refreshToken?: string;
  @ApiPropertyOptional({ description: 'browser clients: send it back as x-csrf-token on refresh and sign-out' }) csrfToken?: string;
}

/** What sign-up answers, the same for a new address and for one that already has an account. */
export class SignUpResponse implements SignUpReceipt {
  @ApiProperty({ description: 'the address, as given' }) email!: string;
  @ApiProperty({ enum: ['verification_sent'] }) status!: 'verification_sent';
}
