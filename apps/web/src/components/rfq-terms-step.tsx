import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogControllerZip } from '../api/api-client';
import { CURRENCIES, INCOTERMS, type Currency, type Incoterm } from '../api/rfqs';
import { rfqFieldError, type DraftChange, type NumberField, type RfqDraft } from './rfq-draft';
import { useSession } from '../session/session';
import { VocabularyPicker } from './vocabulary-picker';
import type { Lang, VocabularyTree } from './vocabulary-types';

const asNumber = (value: string | number): NumberField => (typeof value === 'number' ? value : value.trim() === '' ? '' : Number(value));

/** The catalog's place for a complete ZIP ("Dallas, TX"), so the buyer sees the code is the one they meant. */
function useZipPlace(zip: string): string | null {
  const { run } = useSession();
  const [place, setPlace] = useState<{ zip: string; name: string } | null>(null);
  useEffect(() => {
    if (!/^\d{5}$/.test(zip)) return;
    let current = true;
    run(() => catalogControllerZip({ path: { zip } }))
      .then((found) => current && setPlace({ zip, name: `${found.city}, ${found.state}` }))
      // An unknown ZIP shows no place; saving names the field.
      .catch(() => current && setPlace(null));
    return () => {
      current = false;
    };
  }, [zip, run]);
  return place?.zip === zip ? place.name : null;
}

/** Step 3: volume, price, compliance, where and when to deliver, and the quote deadline in the buyer's time zone. */
export function RfqTermsStep({ draft, onChange, error, tree, language, timeZone }: { draft: RfqDraft; onChange: DraftChange; error: unknown; tree: VocabularyTree | null; language: Lang; timeZone: string }) {
  const { t } = useTranslation('rfqs');
  const zipPlace = useZipPlace(draft.deliveryZip);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput label={t('fields.annualVolume')} min={1} allowDecimal={false} allowNegative={false} thousandSeparator="," value={draft.annualVolume} onChange={(value) => onChange({ annualVolume: asNumber(value) })} error={rfqFieldError(error, 'annualVolume')} />
        <TextInput
          label={t('fields.targetUnitPrice')}
          description={t('fields.targetUnitPriceHint')}
          inputMode="decimal"
          value={draft.targetUnitPrice}
          onChange={(event) => onChange({ targetUnitPrice: event.currentTarget.value.replace(/[^\d.]/g, '') })}
          error={rfqFieldError(error, 'targetUnitPrice')}
        />
        <Select label={t('fields.currency')} data={[...CURRENCIES]} value={draft.currency} onChange={(value) => onChange({ currency: (CURRENCIES.find((currency) => currency === value) ?? 'USD') as Currency })} allowDeselect={false} error={rfqFieldError(error, 'currency')} />
      </SimpleGrid>
      {tree && <VocabularyPicker kind="certifications" tree={tree} language={language} value={draft.certifications} onChange={(certifications) => onChange({ certifications })} error={rfqFieldError(error, 'certifications')} label={t('fields.certifications')} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('fields.hsCode')} description={t('fields.hsCodeHint')} inputMode="numeric" maxLength={6} value={draft.hsCode} onChange={(event) => onChange({ hsCode: event.currentTarget.value.replace(/\D/g, '') })} error={rfqFieldError(error, 'hsCode')} />
        <TextInput label={t('fields.deliveryZip')} description={zipPlace ?? t('fields.deliveryZipHint')} required inputMode="numeric" autoComplete="postal-code" maxLength={5} value={draft.deliveryZip} onChange={(event) => onChange({ deliveryZip: event.currentTarget.value.replace(/\D/g, '') })} error={rfqFieldError(error, 'deliveryZip')} />
        <Select
          label={t('fields.incoterm')}
          data={INCOTERMS.map((incoterm) => ({ value: incoterm, label: t(`incoterms.${incoterm}`) }))}
          value={draft.incoterm}
          onChange={(value) => onChange({ incoterm: (INCOTERMS.find((incoterm) => incoterm === value) ?? null) as Incoterm | null })}
          clearable
          error={rfqFieldError(error, 'incoterm')}
        />
        <TextInput label={t('fields.incotermPlace')} description={t('fields.incotermPlaceHint')} maxLength={120} value={draft.incotermPlace} onChange={(event) => onChange({ incotermPlace: event.currentTarget.value })} error={rfqFieldError(error, 'incotermPlace')} />
        <TextInput label={t('fields.needBy')} type="date" value={draft.needBy} onChange={(event) => onChange({ needBy: event.currentTarget.value })} error={rfqFieldError(error, 'needBy')} />
        <TextInput
          label={t('fields.quoteDeadline')}
          description={t('fields.quoteDeadlineHint', { timeZone })}
          required
          type="datetime-local"
          value={draft.quoteDeadline}
          onChange={(event) => onChange({ quoteDeadline: event.currentTarget.value })}
          error={rfqFieldError(error, 'quoteDeadline')}
        />
      </SimpleGrid>
    </Stack>
  );
}
