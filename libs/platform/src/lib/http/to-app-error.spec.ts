import { BadRequestException, ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { AppError } from '../errors/app-error';
import { toAppError } from './to-app-error';

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const error = new AppError('CONFLICT');
    expect(toAppError(error)).toBe(error);
  });

  it.each([
    [new NotFoundException(), 'NOT_FOUND', 404],
    [new ForbiddenException(), 'FORBIDDEN', 403],
    [new BadRequestException('bad'), 'BAD_REQUEST', 400],
    [new ThrottlerException(), 'RATE_LIMITED', 429],
    [new HttpException('teapot', 418), 'BAD_REQUEST', 400],
    [new HttpException('gateway', 502), 'INTERNAL_ERROR', 500],
  ])('maps %p to %s', (thrown, code, status) => {
    expect(toAppError(thrown)).toMatchObject({ code, status });
  });

  it.each([
    ['entity.parse.failed', 'MALFORMED_JSON'],
    ['entity.too.large', 'PAYLOAD_TOO_LARGE'],
    ['charset.unsupported', 'UNSUPPORTED_MEDIA_TYPE'],
    ['request.aborted', 'BAD_REQUEST'],
  ])('maps the body-parser error %s to %s', (type, code) => {
    expect(toAppError(Object.assign(new Error('x'), { type })).code).toBe(code);
  });

  it('turns anything else into INTERNAL_ERROR keeping the cause for the log', () => {
    const bug = new TypeError('undefined is not a function');
    const mapped = toAppError(bug);
    expect(mapped.code).toBe('INTERNAL_ERROR');
    expect(mapped.cause).toBe(bug);
    expect(mapped.details).toEqual([]);
  });
});
