import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  VERIFICATION_LEVELS,
  type VerificationLevel,
} from '@puente/suppliers';
import type {
  Bilingual,
  Explanation,
  QueryUnderstanding,
  ScoreComponent,
  ScoreComponentName,
  SearchFacets,
  SearchHitView,
  SearchPageView,
  MatchingPageView,
  TransitEstimate,
} from '@puente/search';

// Response schemas of the search and matching routes; each class implements the library's view.

const COMPONENTS: ScoreComponentName[] = ['concepts', 'industry_code', 'text', 'certifications', 'capacity', 'proximity', 'verification', 'completeness', 'responsiveness'];

export class BilingualResponse implements Bilingual {
  @ApiProperty({ example: 'Die casting' }) readonly en!: string;
  @ApiProperty({ example: 'Fundición a presión' }) readonly es!: string;
}

export class SearchSourceResponse {
  @ApiProperty({ example: 'RETC' }) readonly registry!: string;
  @ApiProperty({ example: 'ALU0100100034' }) readonly id!: string;
}

export class SearchLocationResponse {
  @ApiProperty({ example: 'Aguascalientes' }) readonly state!: string;
  @ApiProperty({ example: '01' }) readonly stateCode!: string;
  @ApiProperty({ type: String, nullable: true }) readonly municipality!: string | null;
  @ApiProperty() readonly lat!: number;
  @ApiProperty() readonly lon!: number;
}

export class SearchTransitResponse implements TransitEstimate {
  @ApiProperty({ example: '75201' }) readonly zip!: string;
  @ApiProperty({ example: '2304' }) readonly portCode!: string;
  @ApiProperty({ example: 'Laredo' }) readonly portName!: string;
  @ApiProperty({ example: 1078.4 }) readonly roadKm!: number;
  @ApiProperty({ example: 2.3 }) readonly days!: number;
  @ApiProperty({ format: 'uuid' }) readonly plantId!: string;
}

export class MatchedConceptResponse {
  @ApiProperty({ example: 'proc.casting.die-casting' }) readonly code!: string;
  @ApiProperty({ type: BilingualResponse }) readonly name!: BilingualResponse;
  @ApiProperty({ example: 'die casting', description: 'The words that matched.' }) readonly matchedBy!: string;
}

export class MissingConceptResponse {
  @ApiProperty() readonly code!: string;
  @ApiProperty({ type: BilingualResponse }) readonly name!: BilingualResponse;
}

export class NaicsRefResponse {
  @ApiProperty({ example: '331523' }) readonly code!: string;
  @ApiProperty() readonly title!: string;
}

export class IndustryCodeMatchResponse {
  @ApiProperty({ example: '331520' }) readonly code!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: NaicsRefResponse, nullable: true }) readonly naics!: NaicsRefResponse | null;
}

export class CertificationExplanationResponse {
  @ApiProperty({ example: 'cert.iatf-16949' }) readonly code!: string;
  @ApiProperty({ type: BilingualResponse }) readonly name!: BilingualResponse;
  @ApiProperty({ enum: ['valid', 'expired', 'declared', 'missing'] }) readonly status!: 'valid' | 'expired' | 'declared' | 'missing';
  @ApiProperty({ type: String, nullable: true, format: 'date' }) readonly validUntil!: string | null;
}

export class ScoreComponentResponse implements ScoreComponent {
  @ApiProperty({ enum: COMPONENTS }) readonly name!: ScoreComponentName;
  @ApiProperty() readonly weight!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) readonly value!: number;
  @ApiProperty() readonly contribution!: number;
  @ApiProperty({ type: BilingualResponse }) readonly note!: BilingualResponse;
}

export class ExplanationResponse implements Explanation {
  @ApiProperty({ type: [MatchedConceptResponse] }) readonly matchedConcepts!: MatchedConceptResponse[];
  @ApiProperty({ type: [MissingConceptResponse] }) readonly missingConcepts!: MissingConceptResponse[];
  @ApiProperty({ type: IndustryCodeMatchResponse, nullable: true }) readonly industryCode!: IndustryCodeMatchResponse | null;
  @ApiProperty({ type: [CertificationExplanationResponse] }) readonly certifications!: CertificationExplanationResponse[];
  @ApiProperty({ type: SearchTransitResponse, nullable: true }) readonly transit!: SearchTransitResponse | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Road km from the place asked for to the closest plant.' }) readonly nearKm!: number | null;
  @ApiProperty({ type: [ScoreComponentResponse], description: 'score = Σ contribution = Σ weight × value.' }) readonly components!: ScoreComponentResponse[];
}

export class SearchHitResponse implements SearchHitView {
  @ApiProperty({ format: 'uuid', description: 'The supplierId (GET /suppliers/{supplierId}).' }) readonly id!: string;
  @ApiProperty({ type: String, nullable: true }) readonly legalName!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly tradeName!: string | null;
  @ApiProperty({ description: 'A company owns the listing.' }) readonly claimed!: boolean;
  @ApiProperty({ enum: VERIFICATION_LEVELS }) readonly verificationLevel!: VerificationLevel;
  @ApiProperty({ type: [SearchSourceResponse], description: 'Registry rows behind an imported listing.' }) readonly sources!: SearchSourceResponse[];
  @ApiProperty({ type: SearchLocationResponse, nullable: true, description: 'The best plant (closest to the ZIP when one was given), else the first.' })
  readonly location!: SearchLocationResponse | null;
  @ApiProperty({ type: SearchTransitResponse, nullable: true, description: 'With `zip` only.' }) readonly transit!: SearchTransitResponse | null;
  @ApiProperty() readonly score!: number;
  @ApiProperty({ type: ExplanationResponse }) readonly explanation!: ExplanationResponse;
}

export class FacetCountResponse {
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly count!: number;
}

export class LevelCountResponse {
  @ApiProperty({ enum: VERIFICATION_LEVELS }) readonly level!: string;
  @ApiProperty() readonly count!: number;
}

export class SearchFacetsResponse implements SearchFacets {
  @ApiProperty({ type: [FacetCountResponse] }) readonly states!: FacetCountResponse[];
  @ApiProperty({ type: [FacetCountResponse] }) readonly processes!: FacetCountResponse[];
  @ApiProperty({ type: [FacetCountResponse] }) readonly certifications!: FacetCountResponse[];
  @ApiProperty({ type: [LevelCountResponse] }) readonly verificationLevels!: LevelCountResponse[];
  @ApiProperty({ description: 'false when counted over the best candidates only, not every match.' }) readonly exact!: boolean;
}

export class UnderstoodConceptResponse {
  @ApiProperty() readonly code!: string;
  @ApiProperty({ enum: ['process', 'material', 'industry'] }) readonly kind!: 'process' | 'material' | 'industry';
  @ApiProperty() readonly matched!: string;
  @ApiProperty({ type: BilingualResponse }) readonly name!: BilingualResponse;
}

export class UnderstoodScianResponse {
  @ApiProperty({ example: '311110' }) readonly code!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: NaicsRefResponse }) readonly naics!: NaicsRefResponse;
  @ApiProperty() readonly matched!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Share of the query’s meaningful words the title carried; absent means 1.' }) readonly confidence?: number;
}

export class UnderstoodCertificationResponse {
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly matched!: string;
  @ApiProperty({ type: BilingualResponse }) readonly name!: BilingualResponse;
}

export class UnderstoodQuantityResponse {
  @ApiProperty() readonly value!: number;
  @ApiProperty({ type: String, nullable: true }) readonly unit!: string | null;
  @ApiProperty() readonly matched!: string;
}

export class UnderstoodPlaceResponse {
  @ApiProperty() readonly name!: string;
  @ApiProperty() readonly stateCode!: string;
  @ApiProperty() readonly lat!: number;
  @ApiProperty() readonly lon!: number;
  @ApiProperty() readonly matched!: string;
}

export class QueryUnderstandingResponse implements QueryUnderstanding {
  @ApiProperty() readonly text!: string;
  @ApiProperty({ enum: ['en', 'es', 'unknown'] }) readonly language!: 'en' | 'es' | 'unknown';
  @ApiProperty({ type: [UnderstoodConceptResponse] }) readonly concepts!: UnderstoodConceptResponse[];
  @ApiProperty({ type: [UnderstoodScianResponse] }) readonly scian!: UnderstoodScianResponse[];
  @ApiProperty({ type: [UnderstoodCertificationResponse] }) readonly certifications!: UnderstoodCertificationResponse[];
  @ApiProperty({ type: UnderstoodQuantityResponse, nullable: true }) readonly quantity!: UnderstoodQuantityResponse | null;
  @ApiProperty({ type: UnderstoodPlaceResponse, nullable: true }) readonly place!: UnderstoodPlaceResponse | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '75201', description: 'A US ZIP written in the text.' }) readonly zip?: string | null;
  @ApiProperty({ description: 'What is left for text relevance.' }) readonly freeText!: string;
}

export class SearchPageResponse implements SearchPageView {
  @ApiProperty({ type: [SearchHitResponse] }) readonly items!: SearchHitResponse[];
  @ApiProperty({ type: SearchFacetsResponse }) readonly facets!: SearchFacetsResponse;
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` with the same query for the next page.' }) readonly nextCursor!: string | null;
  @ApiProperty({ description: 'Matches in all (an estimate when totalExact is false).' }) readonly total!: number;
  @ApiProperty() readonly totalExact!: boolean;
  @ApiProperty({ type: QueryUnderstandingResponse, description: 'How the text was understood.' }) readonly query!: QueryUnderstandingResponse;
}

export class MatchingPageResponse implements MatchingPageView {
  @ApiProperty({ type: [SearchHitResponse] }) readonly items!: SearchHitResponse[];
  @ApiProperty({ type: QueryUnderstandingResponse }) readonly query!: QueryUnderstandingResponse;
}
