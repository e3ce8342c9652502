import { Accordion, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VocabularyEntryList } from './vocabulary-entry';
import { otherLanguage, type Lang, type VocabularyNode, type VocabularyTree } from './vocabulary-types';

type Section = 'processes' | 'materials' | 'industries' | 'certifications';
const SECTIONS: Section[] = ['processes', 'materials', 'industries', 'certifications'];

/** The tree comes in the file's order; readers scan a list alphabetically in their own language. */
const byName = (language: Lang) => (a: VocabularyNode, b: VocabularyNode) => a.name[language].localeCompare(b.name[language], language);

/** The whole vocabulary, one tab per kind, processes grouped under their family (collapsed) as the API nests them. */
export function VocabularyTabs({ tree, language }: { tree: VocabularyTree; language: Lang }) {
  const { t } = useTranslation('catalog');
  const [section, setSection] = useState<Section>('processes');
  const other = otherLanguage(language);
  const sort = byName(language);

  const renderSection = (current: Section) => {
    if (current !== 'processes') return <VocabularyEntryList entries={[...tree[current]].sort(sort)} language={language} />;
    // 31 families and 200+ processes: collapsed by family so the page stays scannable, above all on a phone.
    return (
      <Accordion multiple variant="separated">
        {[...tree.processFamilies].sort(sort).map((family) => (
          <Accordion.Item key={family.code} value={family.code}>
            <Accordion.Control>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {family.name[language]}
              </Text>
              <Text size="sm" c="dimmed">
                {t('browse.processesInFamily', { count: family.processes.length })}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t(`languages.${other}`)}: <span lang={other}>{family.name[other]}</span>
                  {` · ${t('browse.synonyms')}: ${[...family.synonyms[language], ...family.synonyms[other]].join(', ')}`}
                </Text>
                {family.processes.length > 0 ? (
                  <VocabularyEntryList entries={[...family.processes].sort(sort)} language={language} />
                ) : (
                  <Text size="sm">{t('browse.noProcesses')}</Text>
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    );
  };

  return (
    <Tabs value={section} onChange={(value) => setSection(SECTIONS.find((item) => item === value) ?? 'processes')} keepMounted={false}>
      <Tabs.List style={{ flexWrap: 'wrap' }}>
        {SECTIONS.map((item) => (
          <Tabs.Tab key={item} value={item}>
            {t(`sections.${item}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {SECTIONS.map((item) => (
        <Tabs.Panel key={item} value={item} pt="md">
          {renderSection(item)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
