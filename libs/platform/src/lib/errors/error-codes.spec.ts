import { AppError } from './app-error';
import { errorDefinition, registerErrorCodes, registeredErrorCodes } from './error-codes';

describe('error code registry', () => {
  it('has an English and a Spanish message and an HTTP status for every code', () => {
    for (const [code, definition] of registeredErrorCodes()) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(definition.status).toBeGreaterThanOrEqual(400);
      expect(definition.message.en.length).toBeGreaterThan(0);
      expect(definition.message.es.length).toBeGreaterThan(0);
      expect(definition.message.es).not.toBe(definition.message.en);
    }
  });

  it('lets a context add its codes once, in UPPER_SNAKE_CASE', () => {
    registerErrorCodes({ RFQ_CLOSED_FOR_TEST: { status: 409, message: { en: 'This RFQ is closed.', es: 'Esta RFQ está cerrada.' } } });
    expect(errorDefinition('RFQ_CLOSED_FOR_TEST').status).toBe(409);
    expect(() => registerErrorCodes({ RFQ_CLOSED_FOR_TEST: { status: 409, message: { en: 'a', es: 'b' } } })).toThrow(/already registered/);
    expect(() => registerErrorCodes({ rfqClosed: { status: 409, message: { en: 'a', es: 'b' } } })).toThrow(/UPPER_SNAKE_CASE/);
  });

  it('refuses to build an error with an unregistered code', () => {
    expect(() => new AppError('NO_SUCH_CODE')).toThrow(/not registered/);
  });

  it('uses a per-language override and falls back to the registry', () => {
    const error = new AppError('CONFLICT', { message: { en: 'Quote already sent.' } });
    expect(error.status).toBe(409);
    expect(error.messageIn('en')).toBe('Quote already sent.');
    expect(error.messageIn('es')).toBe('Esto entra en conflicto con el estado actual.');
  });
});
