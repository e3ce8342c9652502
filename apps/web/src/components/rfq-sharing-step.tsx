import { NumberInput, Radio, Stack, Switch, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RFQ_BIDDINGS, RFQ_VISIBILITIES } from '../api/rfqs';
import { RfqInvitePicks } from './rfq-invite-picks';
import { rfqFieldError, type DraftChange, type NumberField, type RfqDraft } from './rfq-draft';

const asNumber = (value: string | number): NumberField => (typeof value === 'number' ? value : value.trim() === '' ? '' : Number(value));

/**
 * Step 4: who may see it (the NDA, public or invited only), whether the buyer sees prices as they come or only
 * after the deadline (chosen on a draft; an open RFQ keeps it), and how many quotes it takes.
 */
export function RfqSharingStep({ draft, onChange, error, amending }: { draft: RfqDraft; onChange: DraftChange; error: unknown; amending: boolean }) {
  const { t } = useTranslation('rfqs');
  return (
    <Stack gap="md">
      <Switch label={t('fields.ndaRequired')} description={t('fields.ndaRequiredHint')} checked={draft.ndaRequired} onChange={(event) => onChange({ ndaRequired: event.currentTarget.checked })} />
      {draft.ndaRequired && (
        <Textarea label={t('fields.ndaText')} required autosize minRows={4} maxRows={12} value={draft.ndaText} onChange={(event) => onChange({ ndaText: event.currentTarget.value })} error={rfqFieldError(error, 'ndaText')} />
      )}
      <Radio.Group label={t('fields.visibility')} value={draft.visibility} onChange={(value) => onChange({ visibility: value === 'invite_only' ? 'invite_only' : 'public' })} error={rfqFieldError(error, 'visibility')}>
        <Stack gap="xs" mt={6}>
          {RFQ_VISIBILITIES.map((visibility) => (
            <Radio key={visibility} value={visibility} label={t(`visibility.${visibility}`)} description={t(`visibility.${visibility}Hint`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label={t('fields.bidding')}
        description={amending ? t('bidding.fixed') : undefined}
        value={draft.bidding}
        onChange={(value) => onChange({ bidding: value === 'open' ? 'open' : 'sealed' })}
        error={rfqFieldError(error, 'bidding')}
      >
        <Stack gap="xs" mt={6}>
          {RFQ_BIDDINGS.map((bidding) => (
            <Radio key={bidding} value={bidding} label={t(`bidding.${bidding}`)} description={t(`bidding.${bidding}Hint`)} disabled={amending} />
          ))}
        </Stack>
      </Radio.Group>
      <RfqInvitePicks value={draft.invitedSupplierIds} onChange={(invitedSupplierIds) => onChange({ invitedSupplierIds })} error={rfqFieldError(error, 'invitedSupplierIds')} />
      <NumberInput label={t('fields.quoteCap')} description={t('fields.quoteCapHint')} min={1} allowDecimal={false} allowNegative={false} value={draft.quoteCap} onChange={(value) => onChange({ quoteCap: asNumber(value) })} error={rfqFieldError(error, 'quoteCap')} maw={240} />
    </Stack>
  );
}
