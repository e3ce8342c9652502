import { Badge } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupplierResponse } from '../api/api-client';

const COLORS: Record<SupplierResponse['verificationLevel'], string> = {
  unverified: 'gray.8',
  email_verified: 'blue.9',
  documents_verified: 'brand',
  site_audited: 'brand.9',
};

/** The supplier's verification level, in words. */
export function VerificationBadge({ level }: { level: SupplierResponse['verificationLevel'] }) {
  const { t } = useTranslation('suppliers');
  return (
    <Badge color={COLORS[level]} size="lg" leftSection={<IconShieldCheck size={14} aria-hidden />} data-testid="verification-level">
      {t(`public.levels.${level}`)}
    </Badge>
  );
}
