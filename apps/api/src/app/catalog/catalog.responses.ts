import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCIAN_LEVELS, VOCABULARY_KINDS, VOCABULARY_LANGUAGES, type ScianLevel, type VocabularyKind, type VocabularyLanguage } from '@puente/catalog';

// The response schemas of the catalog routes, for the OpenAPI document and the generated web client. The
// controller's methods are typed with these classes, so a field the library stops returning fails to compile.

const LANGUAGES = [...VOCABULARY_LANGUAGES];
const KINDS = [...VOCABULARY_KINDS];

export class BilingualText {
  @ApiProperty({ example: 'CNC machining' }) readonly en!: string;
  @ApiProperty({ example: 'Maquinado CNC' }) readonly es!: string;
}

export class BilingualSynonyms {
  @ApiProperty({ type: [String], example: ['CNC machined parts'] }) readonly en!: readonly string[];
  @ApiProperty({ type: [String], example: ['piezas maquinadas CNC'] }) readonly es!: readonly string[];
}

export class VocabularyNodeResponse {
  @ApiProperty({ example: 'proc.machining.cnc-machining', description: 'Stable dotted code, stored on profiles and RFQs.' }) readonly code!: string;
  @ApiProperty({ type: BilingualText }) readonly name!: BilingualText;
  @ApiProperty({ type: BilingualSynonyms }) readonly synonyms!: BilingualSynonyms;
}

export class VocabularyEntryResponse extends VocabularyNodeResponse {
  @ApiProperty({ enum: KINDS }) readonly kind!: VocabularyKind;
  @ApiPropertyOptional({ example: 'proc.machining', description: 'Only on processes: their family.' }) readonly parent?: string;
}

export class VocabularyListResponse {
  @ApiProperty({ example: 4 }) readonly version!: number;
  @ApiProperty({ type: [VocabularyEntryResponse] }) readonly data!: readonly VocabularyEntryResponse[];
}

export class ProcessFamilyNodeResponse extends VocabularyNodeResponse {
  @ApiProperty({ type: [VocabularyNodeResponse] }) readonly processes!: readonly VocabularyNodeResponse[];
}

export class VocabularyTreeResponse {
  @ApiProperty({ example: 4 }) readonly version!: number;
  @ApiProperty({ type: [ProcessFamilyNodeResponse] }) readonly processFamilies!: readonly ProcessFamilyNodeResponse[];
  @ApiProperty({ type: [VocabularyNodeResponse] }) readonly materials!: readonly VocabularyNodeResponse[];
  @ApiProperty({ type: [VocabularyNodeResponse] }) readonly industries!: readonly VocabularyNodeResponse[];
  @ApiProperty({ type: [VocabularyNodeResponse] }) readonly certifications!: readonly VocabularyNodeResponse[];
}

export class SuggestionMatch {
  @ApiProperty({ enum: ['exact', 'prefix', 'phrase', 'word', 'typo'], description: 'How the query reached the term, best first.' })
  readonly how!: 'exact' | 'prefix' | 'phrase' | 'word' | 'typo';
  @ApiProperty({ example: 'Inyección de plástico', description: 'The name or synonym that matched, as the vocabulary writes it.' }) readonly term!: string;
  @ApiProperty({ enum: ['name', 'synonym'] }) readonly via!: 'name' | 'synonym';
  @ApiProperty({ enum: LANGUAGES }) readonly language!: VocabularyLanguage;
  @ApiPropertyOptional({ description: 'For a phrase: the words of the query that matched, as typed.' }) readonly text?: string;
}

export class VocabularySuggestionResponse {
  @ApiProperty({ example: 'proc.plastics.injection-molding' }) readonly code!: string;
  @ApiProperty({ enum: KINDS }) readonly kind!: VocabularyKind;
  @ApiPropertyOptional({ example: 'proc.plastics' }) readonly parent?: string;
  @ApiProperty({ type: BilingualText }) readonly name!: BilingualText;
  @ApiProperty({ type: SuggestionMatch }) readonly match!: SuggestionMatch;
}

export class VocabularySearchResponse {
  @ApiProperty({ example: 4 }) readonly version!: number;
  @ApiProperty({ type: [VocabularySuggestionResponse] }) readonly data!: readonly VocabularySuggestionResponse[];
}

export class TextMatchResponse {
  @ApiProperty({ example: 'proc.machining.cnc-machining' }) readonly code!: string;
  @ApiProperty({ enum: KINDS }) readonly kind!: VocabularyKind;
  @ApiProperty({ example: 'Maquinado CNC', description: 'The words of the text that matched, as written.' }) readonly matched!: string;
  @ApiProperty({ enum: ['name', 'synonym'] }) readonly via!: 'name' | 'synonym';
  @ApiProperty({ enum: LANGUAGES }) readonly language!: VocabularyLanguage;
}

export class TextMatchListResponse {
  @ApiProperty({ type: [TextMatchResponse] }) readonly data!: readonly TextMatchResponse[];
}

export class ScianVocabularyResponse {
  @ApiProperty({ example: 'proc.stamping' }) readonly code!: string;
  @ApiProperty({ enum: KINDS }) readonly kind!: VocabularyKind;
  @ApiProperty({ enum: ['title', 'group'], description: "'title': the clase's titles matched; 'group': its SCIAN subsector or rama implies it." })
  readonly basis!: 'title' | 'group';
  @ApiProperty({ type: [String], example: ['Metal Stamping'], description: "For 'title', the words that matched; for 'group', the group's code." })
  readonly matched!: readonly string[];
}

export class ScianResponse {
  @ApiProperty({ example: '336370' }) readonly code!: string;
  @ApiProperty({ example: 'Fabricación de piezas metálicas troqueladas para vehículos automotrices' }) readonly title!: string;
  @ApiProperty({ enum: [...SCIAN_LEVELS] }) readonly level!: ScianLevel;
  @ApiProperty({ type: String, nullable: true, example: '33637' }) readonly parentCode!: string | null;
  @ApiProperty({ type: [String], example: ['336370'], description: 'NAICS 2017 codes (derived crosswalk).' }) readonly naics!: readonly string[];
  @ApiProperty({ type: [ScianVocabularyResponse], description: 'Empty except for manufacturing clases.' }) readonly vocabulary!: readonly ScianVocabularyResponse[];
}

export class UsZipResponse {
  @ApiProperty({ example: '75201' }) readonly zip!: string;
  @ApiProperty({ example: 'Dallas' }) readonly city!: string;
  @ApiProperty({ example: 'TX' }) readonly state!: string;
  @ApiProperty({ example: 32.7876 }) readonly lat!: number;
  @ApiProperty({ example: -96.7994 }) readonly lon!: number;
}

export class CodeAndName {
  @ApiProperty({ example: '19' }) readonly code!: string;
  @ApiProperty({ example: 'Nuevo León' }) readonly name!: string;
}

export class MatchedLocality extends CodeAndName {
  @ApiProperty({ type: Number, nullable: true, example: 1142952 }) readonly population!: number | null;
}

export class GeocodeMatched {
  @ApiProperty({ type: CodeAndName }) readonly state!: CodeAndName;
  @ApiPropertyOptional({ type: CodeAndName }) readonly municipality?: CodeAndName;
  @ApiPropertyOptional({ type: MatchedLocality }) readonly locality?: MatchedLocality;
  @ApiPropertyOptional({ description: 'Kept as given; postal codes are never geocoded.' }) readonly postalCode?: string;
}

export class MexicanGeocodeResponse {
  @ApiProperty({ example: 25.6714 }) readonly lat!: number;
  @ApiProperty({ example: -100.3086 }) readonly lon!: number;
  @ApiProperty({ enum: ['locality', 'municipality', 'state'], description: 'The finest level the names reached.' }) readonly precision!: 'locality' | 'municipality' | 'state';
  @ApiProperty({ type: GeocodeMatched }) readonly matched!: GeocodeMatched;
}

export class MxPlaceSuggestionResponse {
  @ApiProperty({ enum: ['locality', 'municipality', 'state'] }) readonly kind!: 'locality' | 'municipality' | 'state';
  @ApiProperty({ example: '0001', description: 'INEGI code within its parent.' }) readonly code!: string;
  @ApiProperty({ example: 'Ciudad Apodaca' }) readonly name!: string;
  @ApiProperty({ type: CodeAndName }) readonly state!: CodeAndName;
  @ApiPropertyOptional({ type: CodeAndName, description: 'The municipality a locality lies in.' }) readonly municipality?: CodeAndName;
  @ApiProperty({ example: 25.7813 }) readonly lat!: number;
  @ApiProperty({ example: -100.1892 }) readonly lon!: number;
  @ApiProperty({ enum: ['locality', 'municipality', 'state'], description: 'What the point stands for.' }) readonly precision!: 'locality' | 'municipality' | 'state';
  @ApiProperty({ type: Number, nullable: true, description: 'Inhabitants (INEGI census), localities only.' }) readonly population!: number | null;
  @ApiProperty({ enum: ['exact', 'prefix', 'word'] }) readonly match!: 'exact' | 'prefix' | 'word';
}

export class MxPlaceSearchResponse {
  @ApiProperty({ type: [MxPlaceSuggestionResponse] }) readonly data!: readonly MxPlaceSuggestionResponse[];
}

export class LandPortResponse {
  @ApiProperty({ example: '2304', description: 'BTS/CBP port code.' }) readonly code!: string;
  @ApiProperty({ example: 'Laredo' }) readonly name!: string;
  @ApiProperty({ example: 'Texas' }) readonly usState!: string;
  @ApiProperty() readonly lat!: number;
  @ApiProperty() readonly lon!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Commercial trucks entering in 2021; null when the figure is partial.' }) readonly trucks2021!: number | null;
  @ApiProperty({ type: [String], description: 'Named bridges the port aggregates.' }) readonly crossings!: readonly string[];
}

export class TransitViaPortResponse {
  @ApiProperty({ type: LandPortResponse }) readonly port!: LandPortResponse;
  @ApiProperty({ description: 'Road km, origin to port.' }) readonly kmMexico!: number;
  @ApiProperty({ description: 'Road km, port to the ZIP.' }) readonly kmUs!: number;
  @ApiProperty() readonly totalKm!: number;
  @ApiProperty({ description: 'totalKm / kmPerDay + crossingDays, one decimal.' }) readonly transitDays!: number;
}

export class TransitAssumptionsResponse {
  @ApiProperty({ example: 1.25 }) readonly roadFactor!: number;
  @ApiProperty({ example: 800 }) readonly kmPerDay!: number;
  @ApiProperty({ example: 1 }) readonly crossingDays!: number;
}

export class TransitEstimateResponse {
  @ApiProperty({ type: UsZipResponse }) readonly destination!: UsZipResponse;
  @ApiProperty({ type: TransitViaPortResponse }) readonly best!: TransitViaPortResponse;
  @ApiProperty({ type: [TransitViaPortResponse], description: 'Every candidate port, shortest total first.' }) readonly candidates!: readonly TransitViaPortResponse[];
  @ApiProperty({ type: TransitAssumptionsResponse }) readonly assumptions!: TransitAssumptionsResponse;
}

export class HsSectionResponse {
  @ApiProperty({ example: 'XVI', description: 'Roman numeral.' }) readonly code!: string;
  @ApiProperty({ example: 'Machinery and mechanical appliances; electrical equipment; parts thereof; ...' }) readonly name!: string;
}

export class HsChapterResponse {
  @ApiProperty({ example: '84' }) readonly code!: string;
  @ApiProperty({ example: 'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof' }) readonly description!: string;
  @ApiProperty({ type: HsSectionResponse }) readonly section!: HsSectionResponse;
}

export class HsCodeResponse {
  @ApiProperty({ example: '841360', description: 'Two digits for a chapter, six for a subheading (HS 2022), without dots.' }) readonly code!: string;
  @ApiProperty({ enum: ['chapter', 'subheading'] }) readonly level!: 'chapter' | 'subheading';
  @ApiProperty({ example: 'Pumps for liquids; rotary positive displacement pumps, n.e.c. in heading no. 8413' }) readonly description!: string;
  @ApiProperty({ type: HsChapterResponse, description: 'The chapter itself for a chapter code.' }) readonly chapter!: HsChapterResponse;
}
