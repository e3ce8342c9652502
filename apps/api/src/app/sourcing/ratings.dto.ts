import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@puente/platform';
import { MAX_RATING_TEXT_LENGTH, RATING_SCORE_MAX, RATING_SCORE_MIN, type RatingInput, type RatingPatch, type RatingReplyInput } from '@puente/sourcing';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { InvitationCursorPageDto } from './invitations.dto';

// Shapes only: the service decides whether the quote was awarded, the rating is still editable, or replied.

const score = (description: string) => ApiProperty({ type: 'integer', minimum: RATING_SCORE_MIN, maximum: RATING_SCORE_MAX, description });

export class RateSupplierDto implements RatingInput {
  @ApiProperty({ format: 'uuid', description: 'A quote on this RFQ that won at least one line.' }) @IsUUID('all') quoteId!: string;
  @score('Quality of the parts, 1 (poor) to 5 (excellent).') @IsInt() @Min(RATING_SCORE_MIN) @Max(RATING_SCORE_MAX) quality!: number;
  @score('Communication, 1 to 5.') @IsInt() @Min(RATING_SCORE_MIN) @Max(RATING_SCORE_MAX) communication!: number;
  @score('Delivery on time, 1 to 5.') @IsInt() @Min(RATING_SCORE_MIN) @Max(RATING_SCORE_MAX) onTime!: number;
  @ApiPropertyOptional({ maxLength: MAX_RATING_TEXT_LENGTH, description: 'Public, shown with the rating.' })
  @OptionalField()
  @IsString()
  @MaxLength(MAX_RATING_TEXT_LENGTH)
  comment?: string;
}

export class EditRatingDto implements RatingPatch {
  @ApiPropertyOptional({ type: 'integer', minimum: RATING_SCORE_MIN, maximum: RATING_SCORE_MAX }) @OptionalField() @IsInt() @Min(RATING_SCORE_MIN) @Max(RATING_SCORE_MAX) quality?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: RATING_SCORE_MIN, maximum: RATING_SCORE_MAX })
  @OptionalField()
  @IsInt()
  @Min(RATING_SCORE_MIN)
  @Max(RATING_SCORE_MAX)
  communication?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: RATING_SCORE_MIN, maximum: RATING_SCORE_MAX }) @OptionalField() @IsInt() @Min(RATING_SCORE_MIN) @Max(RATING_SCORE_MAX) onTime?: number;
  @ApiPropertyOptional({ maxLength: MAX_RATING_TEXT_LENGTH, description: 'An empty string removes the comment.' })
  @OptionalField()
  @IsString()
  @MaxLength(MAX_RATING_TEXT_LENGTH)
  comment?: string;
}

export class ReplyToRatingDto implements RatingReplyInput {
  @ApiProperty({ minLength: 1, maxLength: MAX_RATING_TEXT_LENGTH, description: 'Public, shown under the rating; once only.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_RATING_TEXT_LENGTH)
  text!: string;
}

/** `GET /supplier-ratings` pages with the invitations' cursor (newest first, then id). */
export class ReceivedRatingQueryDto extends InvitationCursorPageDto {}
