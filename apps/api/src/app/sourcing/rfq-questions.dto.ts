import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';

export class AskQuestionDto {
  @ApiProperty({ minLength: 1, maxLength: 4000, example: '¿Aceptan anodizado tipo II en lugar de tipo III?' }) @IsString() @Length(1, 4_000) body!: string;
}

export class AnswerQuestionDto {
  @ApiProperty({ minLength: 1, maxLength: 8000 }) @IsString() @Length(1, 8_000) answer!: string;
  @ApiProperty({ description: 'Shown to every supplier that reads the RFQ, without saying who asked.' }) @IsBoolean() public!: boolean;
}
