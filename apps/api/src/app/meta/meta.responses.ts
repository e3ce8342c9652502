import { ApiProperty } from '@nestjs/swagger';
import type { Language } from '@puente/platform';

// Response schemas of GET /meta/error-codes.

/** One message per language the API speaks; a new language fails to compile until it is added here. */
export class ErrorMessagesResponse implements Record<Language, string> {
  @ApiProperty({ example: 'Not found.' }) en!: string;
  @ApiProperty({ example: 'No encontrado.' }) es!: string;
}

export class ErrorCodeResponse {
  @ApiProperty({ example: 'NOT_FOUND' }) code!: string;
  @ApiProperty({ example: 404, description: 'The HTTP status the error is answered with' }) status!: number;
  @ApiProperty({ type: () => ErrorMessagesResponse }) message!: ErrorMessagesResponse;
}

export class ErrorCodeListResponse {
  @ApiProperty({ type: [ErrorCodeResponse] }) data!: ErrorCodeResponse[];
}
