import { Badge, Button, Card, Group, Loader, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogControllerEntries, catalogControllerMatch } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { useSession } from '../session/session';

type Kind = 'process-family' | 'process' | 'material' | 'industry' | 'certification';
type Lang = 'en' | 'es';

interface VocabularyEntry {
  code: string;
  kind: Kind;
  parent?: string;
  name: Record<Lang, string>;
  synonyms: Record<Lang, string[]>;
}

interface MatchResult {
  code: string;
  kind: Kind;
  matched: string;
  via: 'name' | 'synonym';
  language: Lang;
}

type Section = 'processes' | 'materials' | 'industries' | 'certifications';
const SECTIONS: Section[] = ['processes', 'materials', 'industries', 'certifications'];
const SECTION_KIND: Record<Exclude<Section, 'processes'>, Kind> = { materials: 'material', industries: 'industry', certifications: 'certification' };

/** Lower case, without accents, so "inyeccion" finds "inyección". */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

function matchesFilter(entry: VocabularyEntry, filter: string): boolean {
  if (!filter) return true;
  const words = [entry.name.en, entry.name.es, ...entry.synonyms.en, ...entry.synonyms.es];
  return words.some((word) => fold(word).includes(filter));
}

function EntryItem({ entry, language }: { entry: VocabularyEntry; language: Lang }) {
  const { t } = useTranslation('catalog');
  const other: Lang = language === 'en' ? 'es' : 'en';
  const synonyms = [...entry.synonyms[language], ...entry.synonyms[other]];
  return (
    <Stack gap={2} component="li">
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {entry.name[language]}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t(`languages.${other}`)}: <span lang={other}>{entry.name[other]}</span>
      </Text>
      {synonyms.length > 0 && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('browse.synonyms')}: {synonyms.join(', ')}
        </Text>
      )}
    </Stack>
  );
}

function EntryList({ entries, language }: { entries: VocabularyEntry[]; language: Lang }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((entry) => (
        <EntryItem key={entry.code} entry={entry} language={language} />
      ))}
    </Stack>
  );
}

export function VocabularyPage() {
  const { t, i18n } = useTranslation('catalog');
  const { run } = useSession();
  const language: Lang = i18n.language === 'es' ? 'es' : 'en';

  const [entries, setEntries] = useState<VocabularyEntry[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [section, setSection] = useState<Section>('processes');
  const [filter, setFilter] = useState('');

  const [text, setText] = useState('');
  const [matching, setMatching] = useState(false);
  const [matchError, setMatchError] = useState<unknown>(null);
  const [matches, setMatches] = useState<MatchResult[] | null>(null);

  useEffect(() => {
    let active = true;
    run<{ version: string; data: VocabularyEntry[] }>(() => catalogControllerEntries())
      .then((result) => active && setEntries(result.data))
      .catch((error: unknown) => active && setLoadError(error));
    return () => {
      active = false;
    };
  }, [run]);

  const byCode = useMemo(() => new Map((entries ?? []).map((entry) => [entry.code, entry])), [entries]);
  const folded = fold(filter);
  const sortByName = (a: VocabularyEntry, b: VocabularyEntry) => a.name[language].localeCompare(b.name[language], language);

  const onMatch = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setMatching(true);
    setMatchError(null);
    try {
      const result = await run<{ data: MatchResult[] }>(() => catalogControllerMatch({ query: { text: text.trim() } }));
      setMatches(result.data);
    } catch (error) {
      setMatchError(error);
      setMatches(null);
    } finally {
      setMatching(false);
    }
  };

  const renderSection = (current: Section) => {
    if (!entries) return null;
    if (current === 'processes') {
      const families = entries.filter((entry) => entry.kind === 'process-family').sort(sortByName);
      const groups = families
        .map((family) => {
          const processes = entries.filter((entry) => entry.kind === 'process' && entry.parent === family.code).sort(sortByName);
          const familyMatches = matchesFilter(family, folded);
          return { family, processes: familyMatches ? processes : processes.filter((entry) => matchesFilter(entry, folded)), familyMatches };
        })
        .filter((group) => group.familyMatches || group.processes.length > 0);
      if (groups.length === 0) return <Text>{t('browse.empty')}</Text>;
      return (
        <Stack gap="md">
          {groups.map(({ family, processes }) => (
            <Card key={family.code} withBorder padding="md">
              <Stack gap="xs">
                <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
                  {family.name[language]}
                </Title>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t(`languages.${language === 'en' ? 'es' : 'en'}`)}: {family.name[language === 'en' ? 'es' : 'en']}
                  {[...family.synonyms.en, ...family.synonyms.es].length > 0 &&
                    ` · ${t('browse.synonyms')}: ${[...family.synonyms[language], ...family.synonyms[language === 'en' ? 'es' : 'en']].join(', ')}`}
                </Text>
                {processes.length > 0 ? (
                  <>
                    <Text size="sm" fw={600}>
                      {t('browse.processesInFamily', { count: processes.length })}
                    </Text>
                    <EntryList entries={processes} language={language} />
                  </>
                ) : (
                  <Text size="sm">{t('browse.noProcesses')}</Text>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      );
    }
    const list = entries.filter((entry) => entry.kind === SECTION_KIND[current] && matchesFilter(entry, folded)).sort(sortByName);
    if (list.length === 0) return <Text>{t('browse.empty')}</Text>;
    return <EntryList entries={list} language={language} />;
  };

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>

      <Card withBorder padding="md" component="section" aria-labelledby="vocabulary-match-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="vocabulary-match-title">
            {t('match.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('match.hint')}
          </Text>
          <form onSubmit={(event) => void onMatch(event)}>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('match.label')}
                placeholder={t('match.placeholder')}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                style={{ flex: '1 1 220px', minWidth: 0 }}
              />
              <Button type="submit" loading={matching}>
                {t('match.submit')}
              </Button>
            </Group>
          </form>
          <ErrorAlert error={matchError} />
          {matches && (
            <div aria-live="polite">
              {matches.length === 0 ? (
                <Text>{t('match.none')}</Text>
              ) : (
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('match.resultsLabel')}>
                  {matches.map((match) => {
                    const entry = byCode.get(match.code);
                    return (
                      <Group key={`${match.code}-${match.matched}-${match.language}`} component="li" gap="xs" wrap="wrap" align="center">
                        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {entry?.name[language] ?? match.code}
                        </Text>
                        <Badge variant="outline">{t(`kinds.${match.kind}`)}</Badge>
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {t(`match.via.${match.via}`, { words: match.matched, language: t(`languages.${match.language}`) })}
                        </Text>
                      </Group>
                    );
                  })}
                </Stack>
              )}
            </div>
          )}
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="vocabulary-browse-title">
        <Title order={2} size="h3" id="vocabulary-browse-title">
          {t('browse.title')}
        </Title>
        {loadError ? (
          <ErrorAlert error={loadError} />
        ) : !entries ? (
          <Loader aria-label={t('browse.loading')} />
        ) : (
          <>
            <TextInput
              label={t('browse.filterLabel')}
              description={t('browse.filterHint')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={filter}
              onChange={(event) => setFilter(event.currentTarget.value)}
            />
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
          </>
        )}
      </Stack>
    </Stack>
  );
}
