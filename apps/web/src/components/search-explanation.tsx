import { Badge, Button, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconCertificate, IconChevronDown, IconChevronUp, IconCircleCheck, IconCircleDashed, IconHash, IconTruck } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchExplanation } from '../api/search';
import { formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';

type Certification = SearchExplanation['certifications'][number];

const CODE = /^(proc|mat|ind|cert)\.[\w.-]+$/;

const CERT_COLORS: Record<Certification['status'], string> = { valid: 'brand.9', expired: 'red.9', declared: 'gray.8', missing: 'orange.9' };

/** One reason, as a chip: an icon and words (never colour alone). */
function Chip({ children, color = 'brand.9', variant = 'outline', icon, testId }: { children: ReactNode; color?: string; variant?: 'outline' | 'filled'; icon: ReactNode; testId?: string }) {
  return (
    <Badge component="li" color={color} variant={variant} tt="none" fw={500} size="lg" radius="sm" leftSection={icon} data-testid={testId} styles={{ root: { height: 'auto', minHeight: 26, whiteSpace: 'normal', justifyContent: 'flex-start' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'start' } }}>
      {children}
    </Badge>
  );
}

/** "IATF 16949 valid to 2027-03": a certificate's month, as buyers read expiries. */
const month = (date: string | null) => (date ? date.slice(0, 7) : '');

/** Why a hit ranks where it does, in the reader's language: chips, then the score's components on demand. */
export function SearchExplanationView({ explanation, placeName }: { explanation: SearchExplanation; placeName: string | null }) {
  const { t } = useTranslation('search');
  const language = currentLanguage();
  const [open, setOpen] = useState(false);
  const breakdownId = useId();
  const { matchedConcepts, missingConcepts, industryCode, certifications, transit, nearKm, components } = explanation;

  return (
    <Stack gap={6}>
      <Group gap={6} component="ul" aria-label={t('explanation.why')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {matchedConcepts.map((concept) => {
          const name = concept.name[language];
          // "fundición a presión = die casting": the document's own words, then the concept in the reader's language.
          // A vocabulary code ("proc.casting.die-casting", matched on the stored code rather than on words) is no term to show.
          const term = CODE.test(concept.matchedBy.trim()) ? '' : concept.matchedBy.trim();
          const same = !term || term.toLocaleLowerCase() === name.toLocaleLowerCase();
          return (
            <Chip key={`m-${concept.code}`} icon={<IconCircleCheck size={14} aria-hidden />} testId="chip-concept">
              {same ? t('chips.concept', { name }) : t('chips.conceptMatched', { term, name })}
            </Chip>
          );
        })}
        {missingConcepts.map((concept) => (
          <Chip key={`x-${concept.code}`} color="gray.8" icon={<IconCircleDashed size={14} aria-hidden />}>
            {t('chips.missing', { name: concept.name[language] })}
          </Chip>
        ))}
        {industryCode && (
          <Chip icon={<IconHash size={14} aria-hidden />} testId="chip-scian">
            {industryCode.naics
              ? t('chips.scianViaNaics', { code: industryCode.code, title: industryCode.title, naics: industryCode.naics.code, naicsTitle: industryCode.naics.title })
              : t('chips.scian', { code: industryCode.code, title: industryCode.title })}
          </Chip>
        )}
        {certifications.map((certification) => (
          <Chip
            key={`c-${certification.code}`}
            color={CERT_COLORS[certification.status]}
            variant={certification.status === 'valid' ? 'outline' : 'filled'}
            icon={certification.status === 'valid' ? <IconCertificate size={14} aria-hidden /> : <IconAlertCircle size={14} aria-hidden />}
            testId="chip-certification"
          >
            {t(`chips.certification.${certification.status}${certification.validUntil ? '' : 'Undated'}`, { name: certification.name[language], month: month(certification.validUntil) })}
          </Chip>
        ))}
        {transit && (
          <Chip icon={<IconTruck size={14} aria-hidden />} testId="chip-transit">
            {t('chips.transit', { port: transit.portName, days: formatNumber(transit.days), zip: transit.zip, km: formatNumber(Math.round(transit.roadKm)) })}
          </Chip>
        )}
        {nearKm !== null && placeName && (
          <Chip icon={<IconTruck size={14} aria-hidden />}>{t('chips.near', { km: formatNumber(Math.round(nearKm)), place: placeName })}</Chip>
        )}
      </Group>
      {components.length > 0 && (
        <Stack gap={4}>
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              px={4}
              onClick={() => setOpen((value) => !value)}
              aria-expanded={open}
              aria-controls={breakdownId}
              rightSection={open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
            >
              {t('explanation.breakdown')}
            </Button>
          </Group>
          <Collapse expanded={open} id={breakdownId}>
            {/* A narrow phone scrolls the table sideways: the region takes focus so keyboards can scroll it too. */}
            <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('explanation.breakdown')}>
              <Table fz="sm" verticalSpacing={4} miw={360} data-testid="score-breakdown">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('explanation.component')}</Table.Th>
                    <Table.Th ta="end">{t('explanation.weight')}</Table.Th>
                    <Table.Th ta="end">{t('explanation.value')}</Table.Th>
                    <Table.Th ta="end">{t('explanation.contribution')}</Table.Th>
                    <Table.Th>{t('explanation.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {components.map((component) => (
                    <Table.Tr key={component.name}>
                      <Table.Td>{t(`components.${component.name}`, { defaultValue: component.name })}</Table.Td>
                      <Table.Td ta="end">{formatNumber(component.weight)}</Table.Td>
                      <Table.Td ta="end">{formatNumber(Math.round(component.value * 100) / 100)}</Table.Td>
                      <Table.Td ta="end">{formatNumber(Math.round(component.contribution * 1000) / 1000)}</Table.Td>
                      <Table.Td>{component.note[language]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <Text size="xs" c="dimmed" mt={4}>
              {t('explanation.formula')}
            </Text>
          </Collapse>
        </Stack>
      )}
    </Stack>
  );
}
