// The suppliers context: a Mexican manufacturer's profile, plants, certifications and documents.
import { CreateSuppliers1764600000100 } from './lib/migrations/1764600000100-create-suppliers';

export * from './lib/entities/supplier-certification.entity';
export * from './lib/entities/supplier-document.entity';
export * from './lib/entities/supplier-plant.entity';
export * from './lib/entities/supplier-profile.entity';
export * from './lib/profile/profile-data';
export * from './lib/profile/profile-validation';
export * from './lib/profile/profile-views';
export * from './lib/profile/supplier-profile.service';
export * from './lib/profile/supplier-rules';
export * from './lib/review/moderation-port';
export * from './lib/review/supplier-profile-review.handler';
export * from './lib/suppliers.errors';
export * from './lib/suppliers.module';

export const suppliersMigrations = [CreateSuppliers1764600000100];
