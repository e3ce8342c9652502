import { ApiPropertyOptional } from '@nestjs/swagger';
import { FEED_CURSOR_PATTERN } from '@puente/sourcing';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class RfqFeedQueryDto {
  @ApiPropertyOptional({ example: 'proc.machining', description: 'A process or process-family code (400 for a code that is not one).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  process?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Only RFQs whose quote deadline is at or before this moment.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  deadlineBefore?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page', pattern: FEED_CURSOR_PATTERN.source })
  @IsOptional()
  @Matches(FEED_CURSOR_PATTERN, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
