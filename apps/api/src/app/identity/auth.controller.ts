import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AuthService,
  EmailVerificationService,
  IDENTITY_SETTINGS,
  PasswordResetService,
  PrincipalService,
  SignUpService,
  type IdentitySettings,
  type RequestOrigin,
} from '@puente/identity';
import { AppError } from '@puente/platform';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import type { Principal } from '@puente/identity';
import { PasswordResetConfirmDto, PasswordResetRequestDto, RefreshDto, SignInDto, SignUpDto, TokenDto } from './auth.dto';
import { SessionResponse, SignUpResponse } from './auth.responses';
import { clearSessionCookies, csrfMatches, refreshCookie, sessionResponse } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signUps: SignUpService,
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
    private readonly passwordResets: PasswordResetService,
    private readonly principals: PrincipalService,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  @Public()
  @Post('sign-up')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: SignUpResponse,
    description: 'The same answer whether or not the address already has an account: a verification e-mail, or a notice to its owner, is on its way.',
  })
  signUp(@Body() body: SignUpDto, @Origin() origin: RequestOrigin): Promise<SignUpResponse> {
    return this.signUps.signUp(body, origin);
  }

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  async signIn(@Body() body: SignInDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) response: Response): Promise<SessionResponse> {
    const session = await this.auth.signIn(body.email, body.password, origin);
    return sessionResponse(response, session, body.client ?? 'browser', this.settings.secureCookies);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse, description: 'A new pair; the presented refresh token is spent. Reusing a spent one ends the whole sign-in.' })
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: Request,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    if (body.refreshToken) return sessionResponse(response, await this.auth.refresh(body.refreshToken, origin), 'api', this.settings.secureCookies);
    const fromCookie = refreshCookie(request);
    if (!fromCookie) {
      throw new AppError('UNAUTHENTICATED', { details: [{ field: 'refreshToken', issue: 'missing', message: 'send refreshToken or the refresh cookie' }] });
    }
    if (!csrfMatches(request)) throw new AppError('CSRF_TOKEN_INVALID', { details: [{ field: 'x-csrf-token', issue: 'mismatch', message: 'x-csrf-token must repeat the puente_csrf cookie' }] });
    return sessionResponse(response, await this.auth.refresh(fromCookie, origin), 'browser', this.settings.secureCookies);
  }

  @Public()
  @Post('sign-out')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Ends the sign-in named by the access token, the refresh token in the body, or the refresh cookie (with x-csrf-token).' })
  async signOut(@Body() body: RefreshDto, @Req() request: Request, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) response: Response): Promise<void> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const principal = scheme === 'Bearer' && token ? await this.principals.authenticate(token) : undefined;
    let refreshToken = body.refreshToken;
    if (!principal && !refreshToken) {
      refreshToken = refreshCookie(request);
      if (refreshToken && !csrfMatches(request)) throw new AppError('CSRF_TOKEN_INVALID');
    }
    if (!principal && !refreshToken) throw new AppError('UNAUTHENTICATED');
    await this.auth.signOut({ principal, refreshToken }, origin);
    clearSessionCookies(response, this.settings.secureCookies);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The e-mail address is verified; the link cannot be used again.' })
  verifyEmail(@Body() body: TokenDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.verification.verify(body.token, origin);
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiAcceptedResponse({ description: 'A new link is on its way (nothing happens once verified).' })
  resendVerification(@CurrentPrincipal() principal: Principal, @Origin() origin: RequestOrigin): Promise<void> {
    return this.verification.resend(principal, origin);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always 202, whether or not an account exists.' })
  requestPasswordReset(@Body() body: PasswordResetRequestDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.passwordResets.request(body.email, origin);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed and every session of the account ends.' })
  confirmPasswordReset(@Body() body: PasswordResetConfirmDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.passwordResets.confirm(body.token, body.newPassword, origin);
  }
}
