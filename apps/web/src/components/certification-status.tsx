import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificationResponse } from '../api/api-client';

// A buyer asks for a renewed certificate well before the old one lapses; two months is the warning.
const EXPIRING_DAYS = 60;
const DAY_MS = 86_400_000;

export type CertificationWarning = CertificationResponse['status'] | 'expiring';

/** The API's status by its clock, plus "expiring" when valid-until is within 60 days of today. */
export function certificationWarning(certification: Pick<CertificationResponse, 'status' | 'validUntil'>, now = Date.now()): CertificationWarning {
  if (certification.status !== 'valid' || !certification.validUntil) return certification.status;
  const daysLeft = (Date.parse(`${certification.validUntil}T23:59:59Z`) - now) / DAY_MS;
  return daysLeft <= EXPIRING_DAYS ? 'expiring' : 'valid';
}

const COLORS: Record<CertificationWarning, string> = { valid: 'brand.9', expiring: 'orange.9', expired: 'red.9', not_yet_valid: 'gray.8' };

/** Said in words, not colour only. */
export function CertificationStatusBadge({ certification }: { certification: Pick<CertificationResponse, 'status' | 'validUntil'> }) {
  const { t } = useTranslation('suppliers');
  const warning = certificationWarning(certification);
  return (
    <Badge color={COLORS[warning]} variant={warning === 'valid' ? 'outline' : 'filled'}>
      {t(`certifications.status.${warning}`)}
    </Badge>
  );
}
