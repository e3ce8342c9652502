import { Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsResponse } from '../api/api-client';
import type { FactName } from '../api/claims';
import { formatDate, formatNumber } from '../i18n/format';
import { FactOrigin, type FactOrigins } from './fact-origin';

/** Company, capacity and export facts as a two-column table; unset facts are left out; a listing's say where they came from. */
export function PublicProfileFacts({ fields, origins }: { fields: ProfileFieldsResponse; origins?: FactOrigins | null }) {
  const { t } = useTranslation('suppliers');
  const { capacity, exports } = fields;
  const yes = (value: boolean) => (value ? t('public.yes') : t('public.no'));
  const rows: Array<[string, string | null, FactName?]> = [
    [t('company.rfc'), fields.rfc, 'rfc'],
    [t('company.yearFounded'), fields.yearFounded ? String(fields.yearFounded) : null, 'yearFounded'],
    [t('company.employees'), fields.employeeBand ? t('company.employeeBand', { band: fields.employeeBand }) : null, 'employeeBand'],
    [t('company.languages'), fields.languages.length ? fields.languages.map((code) => t(`languageNames.${code}`, { defaultValue: code })).join(', ') : null],
    [t('capacity.minimumOrderQuantity'), capacity.minimumOrderQuantity ? formatNumber(capacity.minimumOrderQuantity) : null],
    [
      t('capacity.monthlyCapacity'),
      capacity.monthlyCapacity ? `${formatNumber(capacity.monthlyCapacity)} ${capacity.monthlyCapacityUnit ? t(`units.${capacity.monthlyCapacityUnit}`) : ''}`.trim() : null,
    ],
    [t('capacity.leadTimeDays'), capacity.leadTimeDays !== null ? t('public.days', { count: capacity.leadTimeDays }) : null],
    [t('capacity.shifts'), capacity.shifts ? formatNumber(capacity.shifts) : null],
    [t('exports.exportsToUs'), exports.exportsToUs && exports.usExportSharePercent !== null ? t('public.exportShare', { percent: formatNumber(exports.usExportSharePercent) }) : yes(exports.exportsToUs)],
    [t('exports.usmcaCertificateOfOrigin'), yes(exports.usmcaCertificateOfOrigin)],
    [t('exports.immexProgramNumber'), exports.immexProgramNumber],
    [
      t('exports.repseNumber'),
      exports.repseNumber
        ? [exports.repseNumber, exports.repseValidUntil && t(fields.repseStatus === 'expired' ? 'public.expiredOn' : 'public.validUntil', { date: formatDate(exports.repseValidUntil, 'UTC') })]
            .filter(Boolean)
            .join(' · ')
        : null,
    ],
  ];
  return (
    <Table fz="sm" withRowBorders>
      <Table.Tbody>
        {rows
          .filter((row): row is [string, string, FactName?] => Boolean(row[1]))
          .map(([label, value, fact]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="45%">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {fact && origins ? (
                  <Group gap="xs" wrap="wrap">
                    {value}
                    <FactOrigin origins={origins} fact={fact} />
                  </Group>
                ) : (
                  value
                )}
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
