import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@puente/platform';
import { CAPACITY_UNITS, EMPLOYEE_BANDS, type CapacityUnit, type EmployeeBand } from '@puente/suppliers';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

// Shapes only: the service checks what needs the vocabulary, the RFC rules, the geocoder and the clock.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DateField = (): PropertyDecorator => (target, key) => {
  OptionalField()(target, key);
  Matches(ISO_DATE, { message: `${String(key)} must be a date as YYYY-MM-DD` })(target, key);
  IsISO8601({ strict: true }, { message: `${String(key)} must be a real date` })(target, key);
};

export class SupplierDescriptionDto {
  @ApiPropertyOptional({ maxLength: 5000 }) @OptionalField() @IsString() @MaxLength(5_000) es?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @OptionalField() @IsString() @MaxLength(5_000) en?: string;
}

export class SupplierCapacityDto {
  @ApiPropertyOptional({ minimum: 1 }) @OptionalField() @IsInt() @Min(1) @Max(1_000_000_000) minimumOrderQuantity?: number;
  @ApiPropertyOptional({ minimum: 1 }) @OptionalField() @IsInt() @Min(1) @Max(1_000_000_000) monthlyCapacity?: number;
  @ApiPropertyOptional({ enum: CAPACITY_UNITS }) @OptionalField() @IsIn(CAPACITY_UNITS) monthlyCapacityUnit?: CapacityUnit;
  @ApiPropertyOptional({ minimum: 0, maximum: 730 }) @OptionalField() @IsInt() @Min(0) @Max(730) leadTimeDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 4 }) @OptionalField() @IsInt() @Min(1) @Max(4) shifts?: number;
}

export class SupplierExportsDto {
  @ApiPropertyOptional() @OptionalField() @IsBoolean() exportsToUs?: boolean;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @OptionalField() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100) usExportSharePercent?: number;
  @ApiPropertyOptional() @OptionalField() @IsBoolean() usmcaCertificateOfOrigin?: boolean;
  @ApiPropertyOptional({ maxLength: 50 }) @OptionalField() @IsString() @MaxLength(50) immexProgramNumber?: string;
  @ApiPropertyOptional({ maxLength: 50 }) @OptionalField() @IsString() @MaxLength(50) repseNumber?: string;
  @ApiPropertyOptional({ example: '2024-03-01' }) @DateField() repseRegisteredOn?: string;
  @ApiPropertyOptional({ example: '2027-03-01', description: 'REPSE registrations are renewed every 3 years.' }) @DateField() repseValidUntil?: string;
}

/** PUT /supplier-profile: every editable field; an absent one is stored empty. */
export class UpdateSupplierProfileDto {
  @ApiPropertyOptional({ maxLength: 300, description: 'Razón social' }) @OptionalField() @IsString() @MaxLength(300) legalName?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @OptionalField() @IsString() @MaxLength(200) tradeName?: string;
  @ApiPropertyOptional({ example: 'MBA0501012Q5', description: '12 characters (persona moral) or 13 (persona física).' })
  @OptionalField()
  @IsString()
  @MaxLength(20)
  rfc?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 13, description: 'How many trailing RFC characters buyers see (0 hides it).' })
  @OptionalField()
  @IsInt()
  @Min(0)
  @Max(13)
  rfcShownChars?: number;
  @ApiPropertyOptional({ example: 'https://maquinados.example' })
  @OptionalField()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string;
  @ApiPropertyOptional({ example: 1998 }) @OptionalField() @IsInt() yearFounded?: number;
  @ApiPropertyOptional({ enum: EMPLOYEE_BANDS }) @OptionalField() @IsIn(EMPLOYEE_BANDS) employeeBand?: EmployeeBand;
  @ApiPropertyOptional({ type: [String], example: ['es', 'en'], description: 'ISO 639-1 codes.' })
  @OptionalField()
  @IsString({ each: true })
  @Length(2, 2, { each: true })
  @ArrayMaxSize(20)
  languages?: string[];
  @ApiPropertyOptional({ type: SupplierDescriptionDto, description: 'At least one of es and en.' })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => SupplierDescriptionDto)
  description?: SupplierDescriptionDto;
  @ApiPropertyOptional({ enum: ['es', 'en'] }) @OptionalField() @IsIn(['es', 'en']) descriptionLanguage?: 'es' | 'en';
  @ApiPropertyOptional({ type: [String], example: ['proc.machining.cnc-machining'] })
  @OptionalField()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @ArrayMaxSize(100)
  processes?: string[];
  @ApiPropertyOptional({ type: [String] }) @OptionalField() @IsString({ each: true }) @MaxLength(100, { each: true }) @ArrayMaxSize(100) materials?: string[];
  @ApiPropertyOptional({ type: [String] }) @OptionalField() @IsString({ each: true }) @MaxLength(100, { each: true }) @ArrayMaxSize(100) industries?: string[];
  @ApiPropertyOptional({ type: SupplierCapacityDto }) @OptionalField() @IsObject() @ValidateNested() @Type(() => SupplierCapacityDto) capacity?: SupplierCapacityDto;
  @ApiPropertyOptional({ type: SupplierExportsDto }) @OptionalField() @IsObject() @ValidateNested() @Type(() => SupplierExportsDto) exports?: SupplierExportsDto;
}

export class PlantPointDto {
  @ApiProperty({ example: 20.6767 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(14) @Max(33) lat!: number;
  @ApiProperty({ example: -101.3563 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-119) @Max(-86) lon!: number;
}

export class SupplierPlantDto {
  @ApiProperty({ example: 'Planta Irapuato' }) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ example: 'Guanajuato', description: 'State name, abbreviation or INEGI code.' }) @IsString() @Length(1, 100) state!: string;
  @ApiPropertyOptional({ example: 'Irapuato' }) @OptionalField() @IsString() @MaxLength(150) municipality?: string;
  @ApiPropertyOptional() @OptionalField() @IsString() @MaxLength(150) locality?: string;
  @ApiPropertyOptional({ example: '36615' }) @OptionalField() @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' }) postalCode?: string;
  @ApiPropertyOptional() @OptionalField() @IsString() @MaxLength(300) street?: string;
  @ApiPropertyOptional({ type: PlantPointDto, description: 'An explicit point overrides the geocoded one (precision "point").' })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => PlantPointDto)
  point?: PlantPointDto;
}

export class SupplierCertificationDto {
  @ApiProperty({ example: 'cert.iso-9001', description: 'A cert.* vocabulary code.' }) @IsString() @MaxLength(100) type!: string;
  @ApiProperty({ example: 'Bureau Veritas' }) @IsString() @Length(1, 200) issuer!: string;
  @ApiPropertyOptional() @OptionalField() @IsString() @MaxLength(100) number?: string;
  @ApiPropertyOptional() @OptionalField() @IsString() @MaxLength(1_000) scope?: string;
  @ApiPropertyOptional({ example: '2024-01-15' }) @DateField() validFrom?: string;
  @ApiPropertyOptional({ example: '2027-01-14' }) @DateField() validUntil?: string;
  @ApiPropertyOptional({ description: 'A document of the organization (kind certificate).' }) @OptionalField() @IsUUID() documentId?: string;
  @ApiPropertyOptional({ default: true, description: 'Shown on the public profile.' }) @OptionalField() @IsBoolean() public?: boolean;
}
