import { Badge, Button, List, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewFieldComparisonResponse } from '../api/api-client';
import { downloadSupplierDocument } from '../api/upload';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { display } from './review-comparison-table';
import { useAction } from './use-action';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** A claim's evidence in the admin's words; a document comes with its Download button. */
function Evidence({ evidence, documentRoute }: { evidence: Json; documentRoute: string }) {
  const { t } = useTranslation('reviews');
  const { accessToken } = useSession();
  const download = useAction();
  const kind = text(evidence['kind']);
  const documentId = text(evidence['documentId']);
  const documentName = text(evidence['documentName']) ?? documentId ?? '';
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm" fw={600}>
        {kind ? t(`claim.evidenceKinds.${kind}`, { defaultValue: kind }) : t('item.nothing')}
      </Text>
      {kind === 'email_domain' && (
        <Text size="sm">{t('claim.domains', { domain: text(evidence['emailDomain']) ?? '—', host: text(evidence['websiteDomain']) ?? '—' })}</Text>
      )}
      {kind === 'rfc' && <Text size="sm">{t('claim.rfc', { rfc: text(evidence['rfc']) ?? '—' })}</Text>}
      {documentId && (
        <Button
          size="xs"
          variant="outline"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={download.busy}
          style={{ maxWidth: '100%' }}
          onClick={() =>
            void download.perform(() =>
              downloadSupplierDocument({ document: { id: documentId, name: documentName }, accessToken: accessToken(), language: currentLanguage(), supplierId: text(evidence['listingId']) ?? documentRoute }),
            )
          }
        >
          {t('claim.download', { name: documentName })}
        </Button>
      )}
      <ErrorAlert error={download.error} />
    </Stack>
  );
}

/** What the listing offers to check the evidence against, worded here (the API's own hints are in English). */
function ListingSideOfEvidence({ value, kind }: { value: unknown; kind: string | null }) {
  const { t } = useTranslation('reviews');
  const side = isObject(value) ? value : {};
  if (kind === 'email_domain') return <Text size="sm">{t('claim.listingWebsite', { website: text(side['website']) ?? t('claim.none') })}</Text>;
  if (kind === 'rfc') return <Text size="sm">{text(side['rfc']) ? t('claim.listingRfc', { rfc: side['rfc'] }) : t('claim.listingNoRfc')}</Text>;
  return <Text size="sm">{t('claim.checkDocument')}</Text>;
}

function Lines({ values }: { values: unknown }) {
  const { t } = useTranslation('reviews');
  if (!Array.isArray(values) || values.length === 0) return <Text size="sm">{t('item.nothing')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {values.map((value, index) => (
        <List.Item key={index}>{display(value, t('item.nothing'))}</List.Item>
      ))}
    </List>
  );
}

/**
 * A listing claim's review: the listing beside the claimant (its organization, who asked, its own profile), the
 * evidence with the document to download, and the other pending claims on the same listing, one row each.
 */
export function ClaimComparisonTable({ rows, documentRoute }: { rows: ReviewFieldComparisonResponse[]; documentRoute: string }) {
  const { t } = useTranslation(['reviews', 'suppliers']);
  const { me } = useSession();
  const nothing = t('item.nothing');
  const evidenceKind = text((rows.find((row) => row.field === 'evidence')?.proposed as Json | null)?.['kind']);

  const cell = (field: string, value: unknown, side: 'listing' | 'claimant'): ReactNode => {
    if (field === 'requestedBy' && isObject(value))
      return `${display(value['name'], nothing)} · ${display(value['email'], nothing)} · ${t(value['emailVerified'] ? 'claim.emailVerified' : 'claim.emailNotVerified')}`;
    if (field === 'sources' || field === 'plants') return <Lines values={value} />;
    if (field === 'profileState' && typeof value === 'string')
      return value === 'none' ? t('claim.noProfile') : t(`suppliers:review.states.${value}`, { defaultValue: value });
    if (field === 'evidence') return side === 'claimant' && isObject(value) ? <Evidence evidence={value} documentRoute={documentRoute} /> : <ListingSideOfEvidence value={value} kind={evidenceKind} />;
    if (field.startsWith('competingClaims') && isObject(value)) {
      const evidence = isObject(value['evidence']) ? value['evidence'] : {};
      const kind = text(evidence['kind']);
      return (
        <Stack gap={2}>
          <Text size="sm" fw={700}>
            {display(value['organizationName'], nothing)}
          </Text>
          <Text size="sm">
            {[
              kind && t(`claim.evidenceKinds.${kind}`, { defaultValue: kind }),
              text(evidence['rfc']) ?? text(evidence['documentName']) ?? text(evidence['emailDomain']),
              text(value['createdAt']) && t('claim.sent', { date: formatDateTime(value['createdAt'] as string, me?.user.timeZone) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      );
    }
    return display(value, nothing);
  };

  const label = (field: string) => {
    const competing = /^competingClaims\[(\d+)\]$/.exec(field);
    if (competing) return t('claim.fields.competingClaim', { number: Number(competing[1]) + 1 });
    return t(`claim.fields.${field}`, { defaultValue: field });
  };

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withTableBorder withColumnBorders data-testid="review-comparison">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('item.field')}</Table.Th>
            <Table.Th>{t('claim.listing')}</Table.Th>
            <Table.Th>{t('claim.claimant')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const competing = row.field.startsWith('competingClaims');
            return (
              <Table.Tr key={row.field} data-changed={row.changed} bg={competing ? "violet.0" : undefined}>
                <Table.Th scope="row" fw={competing ? 700 : 600} style={{ verticalAlign: 'top' }}>
                  <Text size="sm" fw="inherit" component="span">
                    {label(row.field)}
                  </Text>{' '}
                  {competing && (
                    <Badge color="violet.9" variant="filled" size="sm" tt="none">
                      {t('claim.competing')}
                    </Badge>
                  )}
                  {/* Against an empty side (no profile yet) nothing "differs": the row only says so when both have a value. */}
                  {!competing && row.changed && row.published !== null && row.proposed !== null && (
                    <Text size="xs" c="dimmed" component="span">
                      {t('claim.differs')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap', verticalAlign: 'top' }}>{competing ? nothing : cell(row.field, row.published, 'listing')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', verticalAlign: 'top' }}>{cell(row.field, row.proposed, 'claimant')}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
