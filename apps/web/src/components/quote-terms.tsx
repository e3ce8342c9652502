import { Checkbox, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { USMCA_ORIGIN_CRITERIA } from '../api/quotes';
import { INCOTERMS } from '../api/rfqs';
import { plantPlace, type NumberField, type PlantChoice, type QuoteDraft, type QuoteDraftChange } from './quote-draft';
import type { FormErrors } from './quote-form-errors';

const asNumber = (value: string | number): NumberField => (typeof value === 'number' ? value : value.trim() === '' ? '' : Number(value));

/** Lead time in days (first articles, production) and the last day the prices hold. */
export function QuoteLeadTime({ draft, onChange, errors }: { draft: QuoteDraft; onChange: QuoteDraftChange; errors: FormErrors }) {
  const { t } = useTranslation('quote');
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <NumberInput
        label={t('terms.firstArticlesDays')}
        description={t('terms.firstArticlesDaysHint')}
        min={1}
        max={730}
        allowDecimal={false}
        allowNegative={false}
        value={draft.firstArticlesDays}
        onChange={(value) => onChange({ firstArticlesDays: asNumber(value) })}
        error={errors.at('leadTime.firstArticlesDays')}
      />
      <NumberInput
        label={t('terms.productionDays')}
        description={t('terms.productionDaysHint')}
        required
        min={1}
        max={730}
        allowDecimal={false}
        allowNegative={false}
        value={draft.productionDays}
        onChange={(value) => onChange({ productionDays: asNumber(value) })}
        error={errors.at('leadTime.productionDays')}
      />
      <TextInput label={t('terms.validUntil')} description={t('terms.validUntilHint')} required type="date" value={draft.validUntil} onChange={(event) => onChange({ validUntil: event.currentTarget.value })} error={errors.at('validUntil')} />
    </SimpleGrid>
  );
}

/**
 * Where the goods are handed over: the plant they ship from (one of the supplier's own), the Incoterm 2020 and its
 * named place. Choosing a plant fills the place from its municipality and state while the place still reads as
 * the last plant's (a place the supplier typed is kept).
 */
export function QuoteDelivery({ draft, plants, onChange, errors }: { draft: QuoteDraft; plants: readonly PlantChoice[]; onChange: QuoteDraftChange; errors: FormErrors }) {
  const { t } = useTranslation(['quote', 'rfqs']);
  const plantOf = (id: string | null) => plants.find((plant) => plant.id === id) ?? null;
  const choosePlant = (id: string | null) => {
    const plant = plantOf(id);
    const previous = plantOf(draft.plantId);
    const placeWasThePlant = draft.place.trim() === '' || (previous !== null && draft.place === plantPlace(previous));
    onChange({ plantId: plant?.id ?? null, ...(plant && placeWasThePlant ? { place: plantPlace(plant) } : {}) });
  };
  return (
    <Stack gap="sm">
      {plants.length === 0 && (
        <Text size="sm" c="var(--mantine-color-error)">
          {t('quote:terms.noPlants')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('quote:terms.plant')}
          description={t('quote:terms.plantHint')}
          required
          data={plants.map((plant) => ({ value: plant.id, label: `${plant.name} (${plantPlace(plant)})` }))}
          value={draft.plantId}
          onChange={choosePlant}
          allowDeselect={false}
          error={errors.at('delivery.plantId')}
        />
        <Select
          label={t('quote:terms.incoterm')}
          description={t('quote:terms.incotermHint')}
          required
          data={INCOTERMS.map((incoterm) => ({ value: incoterm, label: t(`rfqs:incoterms.${incoterm}`) }))}
          value={draft.incoterm}
          onChange={(value) => onChange({ incoterm: INCOTERMS.find((incoterm) => incoterm === value) ?? draft.incoterm })}
          allowDeselect={false}
          error={errors.at('delivery.incoterm')}
        />
        <TextInput label={t('quote:terms.place')} description={t('quote:terms.placeHint')} required maxLength={120} value={draft.place} onChange={(event) => onChange({ place: event.currentTarget.value })} error={errors.at('delivery.place')} />
      </SimpleGrid>
    </Stack>
  );
}

/** Origin: the HS subheading (the RFQ's, by default), the USMCA criterion with what each means, and certification. */
export function QuoteOrigin({ draft, onChange, errors }: { draft: QuoteDraft; onChange: QuoteDraftChange; errors: FormErrors }) {
  const { t } = useTranslation('quote');
  const originating = draft.usmcaCriterion !== null && draft.usmcaCriterion !== 'not_originating';
  return (
    <Stack gap="sm">
      <TextInput
        label={t('origin.hsCode')}
        description={t('origin.hsCodeHint')}
        required
        inputMode="numeric"
        maxLength={6}
        maw={360}
        value={draft.hsCode}
        onChange={(event) => onChange({ hsCode: event.currentTarget.value.replace(/\D/g, '') })}
        error={errors.at('origin.hsCode')}
      />
      <Radio.Group
        label={t('origin.criterion')}
        description={t('origin.criterionHint')}
        required
        value={draft.usmcaCriterion}
        onChange={(value) => {
          const criterion = USMCA_ORIGIN_CRITERIA.find((candidate) => candidate === value) ?? null;
          onChange({ usmcaCriterion: criterion, ...(criterion === 'not_originating' ? { canCertify: false } : {}) });
        }}
        error={errors.at('origin.usmcaCriterion')}
      >
        <Stack gap={10} mt={8}>
          {USMCA_ORIGIN_CRITERIA.map((criterion) => (
            <Radio key={criterion} value={criterion} label={t(`origin.criteria.${criterion}.label`)} description={t(`origin.criteria.${criterion}.help`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox
        label={t('origin.canCertify')}
        description={originating ? t('origin.canCertifyHint') : t('origin.canCertifyDisabled')}
        disabled={!originating}
        checked={originating && draft.canCertify}
        onChange={(event) => onChange({ canCertify: event.currentTarget.checked })}
        error={errors.at('origin.canCertify')}
      />
    </Stack>
  );
}
