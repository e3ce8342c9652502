import { Module, RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { IdentityModule, identitySettingsFrom } from '@puente/identity';
import { ModerationModule } from '@puente/moderation';
import { NotificationsModule } from '@puente/notifications';
import { dataSourceOptions, HttpErrorFilter, NoBodyInterceptor, PlatformCoreModule, SafeParametersInterceptor } from '@puente/platform';
import { FileStorageModule, fileStorageSettingsFrom } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { meilisearchConnectionFrom, SearchModule } from '@puente/search';
import { landedCostSettingsFrom, SourcingModule, SupplierResponseSignals } from '@puente/sourcing';
import { SuppliersModule } from '@puente/suppliers';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { API_CONFIG, API_LOGGER, REQUEST_REDIS, type ApiConfig } from './api-config';
import { AuthenticationGuard } from './auth/authentication.guard';
import { AuthorizationGuard } from './auth/authorization.guard';
import { CatalogController } from './catalog/catalog.controller';
import { AdminController } from './identity/admin.controller';
import { AuthController } from './identity/auth.controller';
import { MeController } from './identity/me.controller';
import { TeamController } from './identity/team.controller';
import { AdminNotificationsController } from './notifications/admin-notifications.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { HealthController } from './health/health.controller';
import { MigrationsCheck } from './health/migrations.check';
import { MetaController } from './meta/meta.controller';
import { ReviewsController } from './moderation/reviews.controller';
import { RedisHealthIndicator } from './health/redis.health';
import { FailOpenThrottlerGuard } from './rate-limit/fail-open-throttler.guard';
import { UnknownRouteController } from './not-found/unknown-route.controller';
import { AdminSuppliersController } from './suppliers/admin-suppliers.controller';
import { DirectoryController } from './suppliers/directory.controller';
import { AdminListingClaimsController, ListingClaimsController, SupplierClaimsController } from './suppliers/listing-claims.controller';
import { SUPPLIERS_MODERATION_BINDINGS } from './suppliers/moderation-bindings';
import { AdminSupplierDocumentsController, PublicSupplierDocumentsController, SupplierDocumentsController } from './suppliers/supplier-documents.controller';
import { SupplierProfileController } from './suppliers/supplier-profile.controller';
import { SuppliersController } from './suppliers/suppliers.controller';
import { RequestRedisModule } from './request-redis.module';
import { RfqAttachmentsController } from './sourcing/rfq-attachments.controller';
import { RfqQuestionsController } from './sourcing/rfq-questions.controller';
import { RfqsController } from './sourcing/rfqs.controller';
import { MatchingController, SupplierSearchController } from './search/search.controller';
import { RfqInvitationsController, SupplierInvitationsController } from './sourcing/invitations.controller';
import { RfqFeedController } from './sourcing/rfq-feed.controller';
import { QuoteAttachmentsController } from './sourcing/quote-attachments.controller';
import { QuotesController } from './sourcing/quotes.controller';
import { AwardsController } from './sourcing/awards.controller';
import { RatingsController } from './sourcing/ratings.controller';
import { QuotePdfController } from './sourcing/quote-pdf.controller';
import { FxRatesController } from './sourcing/fx-rates.controller';
import { ComparisonController } from './sourcing/comparison.controller';
import { ShutdownState } from './shutdown/shutdown-state';
import { DependencyRecovery } from './health/dependency-recovery';

export interface ApiModuleOptions {
  config: ApiConfig;
  logger: Logger;
  /** Test-only additions (e.g. a route that throws); production passes none. */
  extraControllers?: Type[];
}

@Module({})
export class ApiModule {
  static forRoot({ config, logger, extraControllers = [] }: ApiModuleOptions): DynamicModule {
    const configProvider = { provide: API_CONFIG, useValue: config };
    return {
      module: ApiModule,
      imports: [
        // The HTTP logger middleware is mounted first in configureApiApp; this binds it for app logs.
        LoggerModule.forRoot({
          pinoHttp: { logger },
          useExisting: true,
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        TypeOrmModule.forRoot({
          // During a database outage a request should answer 503 within about 2 s, not hang for 5.
          ...dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'puente-api', migrations: ALL_MIGRATIONS, connectionTimeoutMs: 2_000 }),
          autoLoadEntities: true,
          retryAttempts: 10,
          retryDelay: 1_000,
        }),
        RequestRedisModule.forRoot(config, logger),
        ThrottlerModule.forRootAsync({
          inject: [REQUEST_REDIS],
          useFactory: (redis: Redis) => ({
            throttlers: [
              { name: 'default', ttl: config.RATE_LIMIT_WINDOW_SECONDS * 1_000, limit: config.RATE_LIMIT_MAX_REQUESTS },
            ],
            storage: new ThrottlerStorageRedisService(redis),
          }),
        }),
        TerminusModule.forRoot({ logger: false }),
        PlatformCoreModule,
        FileStorageModule.forRoot(fileStorageSettingsFrom(config), logger),
        NotificationsModule.forRoot({ publicWebUrl: config.PUBLIC_WEB_URL }),
        IdentityModule.forRoot(identitySettingsFrom(config)),
        SuppliersModule.forRoot({
          moderation: SUPPLIERS_MODERATION_BINDINGS,
          settings: { uploadMaxBytes: config.UPLOAD_MAX_BYTES, uploadQuotaBytes: config.UPLOAD_QUOTA_BYTES_PER_ORGANIZATION },
        }),
        SourcingModule.forRoot({
          settings: {
            publicWebUrl: config.PUBLIC_WEB_URL,
            attachmentMaxBytes: config.RFQ_ATTACHMENT_MAX_BYTES,
            attachmentMaxCount: config.RFQ_ATTACHMENT_MAX_COUNT,
          },
          quotes: { attachmentMaxBytes: config.QUOTE_ATTACHMENT_MAX_BYTES, attachmentMaxCount: config.QUOTE_ATTACHMENT_MAX_COUNT },
          landedCost: landedCostSettingsFrom(config),
        }),
        ModerationModule,
        // Sourcing's response statistics feed the ranking through search's seam (search never imports sourcing).
        SearchModule.forRoot({ meili: meilisearchConnectionFrom(config), warn: (message) => logger.warn(message), signals: SupplierResponseSignals }),
      ],
      controllers: [
        HealthController,
        MetaController,
        AuthController,
        MeController,
        TeamController,
        AdminController,
        NotificationsController,
        AdminNotificationsController,
        CatalogController,
        // Before SuppliersController: `/suppliers/search` must not reach `/suppliers/:supplierId`.
        SupplierSearchController,
        MatchingController,
        SuppliersController,
        SupplierProfileController,
        SupplierDocumentsController,
        PublicSupplierDocumentsController,
        AdminSuppliersController,
        AdminSupplierDocumentsController,
        DirectoryController,
        ListingClaimsController,
        SupplierClaimsController,
        AdminListingClaimsController,
        ReviewsController,
        RfqsController,
        RfqAttachmentsController,
        RfqQuestionsController,
        RfqInvitationsController,
        SupplierInvitationsController,
        RfqFeedController,
        QuotesController,
        QuoteAttachmentsController,
        QuotePdfController,
        AwardsController,
        RatingsController,
        FxRatesController,
        ComparisonController,
        ...extraControllers,
        // Last, so that it only sees paths no route above matched.
        UnknownRouteController,
      ],
      providers: [
        configProvider,
        MigrationsCheck,
        RedisHealthIndicator,
        ShutdownState,
        { provide: API_LOGGER, useValue: logger },
        DependencyRecovery,
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        // In this order: limit first (anonymous callers too), then who, then what they may do.
        { provide: APP_GUARD, useClass: FailOpenThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
        // After the guards: a route without @Body() refuses a non-empty body, naming its properties.
        { provide: APP_INTERCEPTOR, useClass: NoBodyInterceptor },
        // The body's NUL and lone-surrogate rule, for path and query parameters.
        { provide: APP_INTERCEPTOR, useClass: SafeParametersInterceptor },
      ],
    };
  }
}
