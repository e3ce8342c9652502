import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent, AuditLog } from '@puente/identity';
import { ClaimNotices } from './claims/claim-notices';
import { ListingClaimService } from './claims/listing-claim.service';
import { DirectorySearchService } from './directory/directory-search.service';
import { DirectoryImport } from './entities/directory-import.entity';
import { ListingClaim } from './entities/listing-claim.entity';
import { DirectorySource } from './entities/directory-source.entity';
import { SupplierCertification } from './entities/supplier-certification.entity';
import { SupplierDocument } from './entities/supplier-document.entity';
import { SupplierPlant } from './entities/supplier-plant.entity';
import { SupplierProfile } from './entities/supplier-profile.entity';
import { ProfileNotices } from './profile/profile-notices';
import { SupplierProfileService } from './profile/supplier-profile.service';
import { ListingClaimReviewHandler } from './review/listing-claim-review.handler';
import { SupplierProfileReviewHandler } from './review/supplier-profile-review.handler';
import { SupplierDocumentsService } from './documents/supplier-documents.service';
import { SUPPLIERS_SETTINGS, type SuppliersSettings } from './suppliers-settings';
import './suppliers.errors';

/** Every table the suppliers context maps; for programs that build their own DataSource. */
export const SUPPLIERS_ENTITIES = [SupplierProfile, SupplierPlant, SupplierCertification, SupplierDocument, DirectorySource, DirectoryImport, ListingClaim];

export interface SuppliersModuleOptions {
  /** Binds ProfileReviewQueue, ClaimReviewQueue and ReviewReasonWords (moderation's, or stand-ins in tests). */
  moderation: Provider[];
  settings: SuppliersSettings;
}

@Module({})
export class SuppliersModule {
  static forRoot(options: SuppliersModuleOptions): DynamicModule {
    // AuditLog is stateless (it writes through the caller's manager): the context has its own instance.
    const services = [
      SupplierProfileService,
      SupplierDocumentsService,
      SupplierProfileReviewHandler,
      ProfileNotices,
      ListingClaimService,
      ListingClaimReviewHandler,
      ClaimNotices,
      DirectorySearchService,
    ];
    return {
      module: SuppliersModule,
      // AuditEvent: the audit log writes it through this context's transactions.
      imports: [TypeOrmModule.forFeature([...SUPPLIERS_ENTITIES, AuditEvent])],
      providers: [AuditLog, { provide: SUPPLIERS_SETTINGS, useValue: options.settings }, ...options.moderation, ...services],
      exports: services,
    };
  }
}
