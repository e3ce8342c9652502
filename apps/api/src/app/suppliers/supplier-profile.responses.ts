import { ApiProperty } from '@nestjs/swagger';
import {
  CAPACITY_UNITS,
  EMPLOYEE_BANDS,
  PROFILE_STATES,
  type CapabilitySuggestion,
  type CapacityUnit,
  type CertificationStatus,
  type CertificationView,
  type DocumentView,
  type EmployeeBand,
  type NearestPort,
  type OwnProfileView,
  type PlantData,
  type ProfileDecision,
  type ProfileFieldsView,
  type ProfileState,
  type SupplierView,
  type VerificationLevel,
} from '@puente/suppliers';
import { ListingResponse } from './listing-claims.responses';

// Response schemas of the supplier routes; each class implements the library's view so a field the
// service stops returning fails to compile.

const LEVELS = ['unverified', 'email_verified', 'documents_verified', 'site_audited'];
const PRECISIONS = ['point', 'locality', 'municipality', 'state'];

export class NearestPortResponse implements NearestPort {
  @ApiProperty({ example: 'laredo' }) readonly portCode!: string;
  @ApiProperty({ example: 'Laredo' }) readonly portName!: string;
  @ApiProperty({ example: 790 }) readonly roadKm!: number;
  @ApiProperty({ example: 2 }) readonly daysToBorder!: number;
}

export class PlantResponse implements PlantData {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty() readonly state!: string;
  @ApiProperty({ type: String, nullable: true }) readonly municipality!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly locality!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly postalCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly street!: string | null;
  @ApiProperty({ example: '11' }) readonly stateCode!: string;
  @ApiProperty({ type: String, nullable: true }) readonly municipalityCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly localityCode!: string | null;
  @ApiProperty() readonly lat!: number;
  @ApiProperty() readonly lon!: number;
  @ApiProperty({ enum: PRECISIONS, description: 'How finely the address was located.' }) readonly precision!: PlantData['precision'];
  @ApiProperty({ type: [NearestPortResponse] }) readonly nearestPorts!: NearestPortResponse[];
}

export class CertificationResponse implements CertificationView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'cert.iso-9001' }) readonly type!: string;
  @ApiProperty() readonly issuer!: string;
  @ApiProperty({ type: String, nullable: true }) readonly number!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly scope!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-15' }) readonly validFrom!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2027-01-14' }) readonly validUntil!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The certificate document; public with a public certification.' }) readonly documentId!: string | null;
  @ApiProperty() readonly public!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readonly verifiedAt!: string | null;
  @ApiProperty({ enum: ['valid', 'expired', 'not_yet_valid'], description: 'By today’s date: an expired one does not count.' })
  readonly status!: CertificationStatus;
}

export class DescriptionResponse {
  @ApiProperty({ type: String, nullable: true }) readonly es!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly en!: string | null;
}

export class CapacityResponse {
  @ApiProperty({ type: Number, nullable: true }) readonly minimumOrderQuantity!: number | null;
  @ApiProperty({ type: Number, nullable: true }) readonly monthlyCapacity!: number | null;
  @ApiProperty({ enum: CAPACITY_UNITS, nullable: true }) readonly monthlyCapacityUnit!: CapacityUnit | null;
  @ApiProperty({ type: Number, nullable: true }) readonly leadTimeDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) readonly shifts!: number | null;
}

export class ExportsResponse {
  @ApiProperty() readonly exportsToUs!: boolean;
  @ApiProperty({ type: Number, nullable: true }) readonly usExportSharePercent!: number | null;
  @ApiProperty() readonly usmcaCertificateOfOrigin!: boolean;
  @ApiProperty({ type: String, nullable: true }) readonly immexProgramNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly repseNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly repseRegisteredOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly repseValidUntil!: string | null;
}

export class ProfileFieldsResponse implements ProfileFieldsView {
  @ApiProperty({ type: String, nullable: true }) readonly legalName!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly tradeName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Whole for the owner and admins; otherwise masked as the supplier chose, or null.' })
  readonly rfc!: string | null;
  @ApiProperty() readonly rfcShownChars!: number;
  @ApiProperty({ type: String, nullable: true }) readonly website!: string | null;
  @ApiProperty({ type: Number, nullable: true }) readonly yearFounded!: number | null;
  @ApiProperty({ enum: EMPLOYEE_BANDS, nullable: true }) readonly employeeBand!: EmployeeBand | null;
  @ApiProperty({ type: [String] }) readonly languages!: string[];
  @ApiProperty({ type: DescriptionResponse }) readonly description!: DescriptionResponse;
  @ApiProperty({ enum: ['es', 'en'], nullable: true }) readonly descriptionLanguage!: 'es' | 'en' | null;
  @ApiProperty({ type: [String] }) readonly processes!: string[];
  @ApiProperty({ type: [String] }) readonly materials!: string[];
  @ApiProperty({ type: [String] }) readonly industries!: string[];
  @ApiProperty({ type: CapacityResponse }) readonly capacity!: CapacityResponse;
  @ApiProperty({ type: ExportsResponse }) readonly exports!: ExportsResponse;
  @ApiProperty({ enum: ['valid', 'expired', 'none'] }) readonly repseStatus!: 'valid' | 'expired' | 'none';
  @ApiProperty({ type: [PlantResponse] }) readonly plants!: PlantResponse[];
  @ApiProperty({ type: [CertificationResponse] }) readonly certifications!: CertificationResponse[];
  @ApiProperty({
    type: [String],
    required: false,
    description: 'Certifications a directory listing\'s registry declares (`cert.*` codes): unverified and undated.',
  })
  readonly declaredCertifications?: string[];
}

export class DecisionResponse implements ProfileDecision {
  @ApiProperty({ enum: ['approved', 'rejected', 'changes_requested'] }) readonly state!: ProfileDecision['state'];
  @ApiProperty({ type: String, nullable: true }) readonly reasonCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly decidedAt!: string;
}

export class DocumentResponse implements DocumentView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ enum: ['certificate', 'photo', 'audit_report', 'other'] }) readonly kind!: DocumentView['kind'];
  @ApiProperty({ example: 'application/pdf', description: 'From the file’s bytes, not its name.' }) readonly contentType!: string;
  @ApiProperty() readonly sizeBytes!: number;
  @ApiProperty({ description: 'The uploaded name, as display text only.' }) readonly name!: string;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class OwnProfileResponse implements OwnProfileView {
  @ApiProperty({ format: 'uuid', description: 'The public supplierId.' }) readonly supplierId!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'Null for an unclaimed directory listing.' })
  readonly organizationId!: string | null;
  @ApiProperty({ enum: PROFILE_STATES }) readonly state!: ProfileState;
  @ApiProperty({ description: 'Buyers still see `published` until the revision is approved.' }) readonly hasPendingRevision!: boolean;
  @ApiProperty({ enum: LEVELS }) readonly verificationLevel!: VerificationLevel;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readonly rfcVerifiedAt!: string | null;
  @ApiProperty({ type: DecisionResponse, nullable: true }) readonly lastDecision!: DecisionResponse | null;
  @ApiProperty({ type: ProfileFieldsResponse }) readonly draft!: ProfileFieldsResponse;
  @ApiProperty({ type: ProfileFieldsResponse, nullable: true }) readonly published!: ProfileFieldsResponse | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readonly publishedAt!: string | null;
  @ApiProperty({ type: [DocumentResponse] }) readonly documents!: DocumentResponse[];
}

export class SupplierResponse implements SupplierView {
  @ApiProperty({ format: 'uuid' }) readonly supplierId!: string;
  @ApiProperty({ enum: LEVELS }) readonly verificationLevel!: VerificationLevel;
  @ApiProperty({ description: 'An admin checked the RFC with the SAT.' }) readonly rfcVerified!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readonly publishedAt!: string | null;
  @ApiProperty({ type: ProfileFieldsResponse, nullable: true, description: 'The published version; null only for the owner or admins before the first approval.' })
  readonly profile!: ProfileFieldsResponse | null;
  @ApiProperty({ type: ListingResponse, nullable: true, description: 'Where a directory listing came from and who wrote each fact; null for profiles with no registry source.' })
  readonly listing!: ListingResponse | null;
  @ApiProperty({ type: OwnProfileResponse, nullable: true, description: 'Only for the owner organization and admins.' })
  readonly internal!: OwnProfileResponse | null;
}

export class CapabilityNameResponse {
  @ApiProperty() readonly en!: string;
  @ApiProperty() readonly es!: string;
}

export class CapabilitySuggestionResponse implements CapabilitySuggestion {
  @ApiProperty({ example: 'proc.machining.cnc-machining' }) readonly code!: string;
  @ApiProperty({ enum: ['process', 'material', 'industry'] }) readonly kind!: CapabilitySuggestion['kind'];
  @ApiProperty({ type: CapabilityNameResponse }) readonly name!: CapabilityNameResponse;
  @ApiProperty({ example: 'maquinado CNC', description: 'The words of the description that suggested it.' }) readonly evidence!: string;
}

export class CapabilitySuggestionsResponse {
  @ApiProperty({ type: [CapabilitySuggestionResponse] }) readonly data!: CapabilitySuggestionResponse[];
}
