import { REVIEW_REASON_CODES, REVIEW_REASONS, reviewReasons, reviewReasonText } from './review-reasons';

describe('review reasons', () => {
  it('has words in both languages for every code, different in each', () => {
    for (const code of REVIEW_REASON_CODES) {
      expect(REVIEW_REASONS[code].en.length).toBeGreaterThan(0);
      expect(REVIEW_REASONS[code].es.length).toBeGreaterThan(0);
      expect(REVIEW_REASONS[code].es).not.toBe(REVIEW_REASONS[code].en);
    }
    expect(reviewReasons().map((reason) => reason.code)).toEqual(REVIEW_REASON_CODES);
  });

  it('gives the supplier the reason in its language', () => {
    expect(reviewReasonText('unverifiable_rfc', 'es')).toBe('No se pudo verificar el RFC.');
    expect(reviewReasonText('unverifiable_rfc', 'en')).toBe('The RFC could not be verified.');
    expect(reviewReasonText('retired_code', 'es')).toBe('retired_code');
  });
});
