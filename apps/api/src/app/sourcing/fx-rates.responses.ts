import { ApiProperty } from '@nestjs/swagger';
import { FX_SOURCES, type FxRateUsedView, type FxRateView, type FxSource } from '@puente/sourcing';

export class FxRateResponse implements FxRateView {
  @ApiProperty({ example: '2026-12-04' }) date!: string;
  @ApiProperty({ example: '17.2515', description: 'Pesos per US dollar.' }) mxnPerUsd!: string;
  @ApiProperty({ enum: FX_SOURCES }) source!: FxSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The admin who typed it; null when imported.' }) enteredBy!: string | null;
  @ApiProperty({ format: 'date-time' }) enteredAt!: string;
}

export class FxRateListResponse {
  @ApiProperty({ example: '2026-11-06' }) from!: string;
  @ApiProperty({ example: '2026-12-07' }) to!: string;
  @ApiProperty({ type: [FxRateResponse], description: 'Newest first; on a date with two sources, banxico-fix first.' }) rates!: FxRateResponse[];
}

export class FxRateUsedResponse implements FxRateUsedView {
  @ApiProperty({ example: '2026-12-06', description: 'The date the conversion asked for.' }) requestedDate!: string;
  @ApiProperty({ example: '2026-12-04', description: 'The date of the rate used: the asked one, else the latest earlier one.' }) rateDate!: string;
  @ApiProperty({ example: '17.2515' }) mxnPerUsd!: string;
  @ApiProperty({ enum: FX_SOURCES }) source!: FxSource;
  @ApiProperty({ description: 'True when there was no rate for the asked date and an earlier one was used.' }) earlierDate!: boolean;
}
