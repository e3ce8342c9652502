import { Box, Button, Card, Container, Group, Paper, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBuildingFactory2,
  IconClipboardList,
  IconCurrencyDollar,
  IconFileInvoice,
  IconInbox,
  IconLanguage,
  IconListSearch,
  IconMapSearch,
  IconRoute,
  IconSearch,
  IconTruck,
  IconShieldCheck,
  type Icon,
} from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../session/session';

interface Feature {
  key: string;
  icon: Icon;
}

const BUYER_FEATURES: Feature[] = [
  { key: 'buyers.rfq', icon: IconClipboardList },
  { key: 'buyers.vetted', icon: IconShieldCheck },
  { key: 'buyers.landedCost', icon: IconCurrencyDollar },
  { key: 'buyers.proximity', icon: IconRoute },
];

const SUPPLIER_FEATURES: Feature[] = [
  { key: 'suppliers.rfq', icon: IconInbox },
  { key: 'suppliers.quote', icon: IconFileInvoice },
  { key: 'suppliers.language', icon: IconLanguage },
];

/** The hero's search box: what a buyer needs, in English or Spanish, straight to the supplier search. */
function HeroSearch() {
  const { t } = useTranslation('landing');
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(q.trim() ? `/search?${new URLSearchParams({ q: q.trim() }).toString()}` : '/search');
  };
  return (
    <Group component="form" role="search" aria-label={t('hero.searchLabel')} onSubmit={submit} gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        label={t('hero.searchLabel')}
        placeholder={t('hero.searchPlaceholder')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        type="search"
        size="md"
        maxLength={200}
        leftSection={<IconSearch size={18} aria-hidden />}
        style={{ flex: '1 1 260px' }}
      />
      <Button type="submit" size="md">
        {t('hero.search')}
      </Button>
    </Group>
  );
}

/** The hero's calls to action: sign up or sign in, or straight to the home page once signed in. */
function CallsToAction() {
  const { t } = useTranslation('landing');
  const { status, me } = useSession();
  if (status === 'signed-in') {
    return (
      <Stack gap="xs" align="flex-start">
        {me && (
          <Text size="sm" c="dimmed">
            {t('hero.signedInAs', { name: me.user.name })}
          </Text>
        )}
        <Button component={Link} to="/home" size="md" rightSection={<IconArrowRight size={18} aria-hidden />}>
          {t('hero.goHome')}
        </Button>
      </Stack>
    );
  }
  return (
    <Group gap="sm">
      <Button component={Link} to="/sign-up" size="md">
        {t('hero.createAccount')}
      </Button>
      <Button component={Link} to="/sign-in" size="md" variant="default">
        {t('hero.signIn')}
      </Button>
    </Group>
  );
}

function FeatureCard({ feature }: { feature: Feature }) {
  const { t } = useTranslation('landing');
  return (
    <Card withBorder radius="md" padding="lg" h="100%">
      <Group gap="md" align="flex-start" wrap="nowrap">
        <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
          <feature.icon size={24} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t(`${feature.key}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`${feature.key}.body`)}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

function Audience({ id, icon: AudienceIcon, section, features }: { id: string; icon: Icon; section: 'buyers' | 'suppliers'; features: Feature[] }) {
  const { t } = useTranslation('landing');
  return (
    <Box component="section" aria-labelledby={id}>
      <Group gap="sm" wrap="nowrap" mb={4}>
        <ThemeIcon size="lg" radius="xl" variant="filled" aria-hidden>
          <AudienceIcon size={20} />
        </ThemeIcon>
        <Title order={2} id={id}>
          {t(`${section}.title`)}
        </Title>
      </Group>
      <Text c="dimmed" mb="lg">
        {t(`${section}.lead`)}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: features.length % 3 === 0 ? 3 : 2 }} spacing="md">
        {features.map((feature) => (
          <FeatureCard key={feature.key} feature={feature} />
        ))}
      </SimpleGrid>
    </Box>
  );
}

const TOOLS = [
  { key: 'directory', to: '/directory', icon: IconMapSearch },
  { key: 'capabilities', to: '/capabilities', icon: IconListSearch },
  { key: 'transit', to: '/transit', icon: IconTruck },
] as const;

/** What anyone can use before signing up: the capability vocabulary and the transit estimate. */
function PublicTools() {
  const { t } = useTranslation('landing');
  return (
    <Box component="section" aria-labelledby="landing-tools">
      <Title order={2} id="landing-tools" mb={4}>
        {t('tools.title')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('tools.lead')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        {TOOLS.map((tool) => (
          <Card key={tool.key} withBorder radius="md" padding="lg" h="100%">
            {/* The buttons line up at the bottom of cards whose texts differ in length. */}
            <Stack gap="sm" align="flex-start" justify="space-between" h="100%">
              <Group gap="md" wrap="nowrap" align="flex-start">
                <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                  <tool.icon size={24} stroke={1.6} />
                </ThemeIcon>
                <Stack gap={4}>
                  <Title order={3} size="h4">
                    {t(`tools.${tool.key}.title`)}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t(`tools.${tool.key}.body`)}
                  </Text>
                </Stack>
              </Group>
              <Button component={Link} to={tool.to} variant="outline" rightSection={<IconArrowRight size={16} aria-hidden />}>
                {t(`tools.${tool.key}.cta`)}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Box>
  );
}

/** The public front page: what Puente is, for buyers and for suppliers, and how to start. */
export function LandingPage() {
  const { t } = useTranslation('landing');
  return (
    <Container size="lg" px={{ base: 0, sm: 'md' }} py={{ base: 'md', sm: 'xl' }}>
      <Stack gap={56}>
        <Paper
          component="section"
          aria-labelledby="landing-title"
          radius="lg"
          p={{ base: 'lg', sm: 48 }}
          style={{ backgroundImage: 'linear-gradient(135deg, var(--mantine-color-teal-0) 0%, var(--mantine-color-white) 70%)' }}
          withBorder
        >
          <Stack gap="lg" maw={720}>
            <Text size="sm" fw={700} c="brand.8" tt="uppercase" lts={0.5}>
              {t('hero.eyebrow')}
            </Text>
            <Title order={1} id="landing-title" fz={{ base: 30, sm: 44 }} lh={1.15} textWrap="balance">
              {t('hero.title')}
            </Title>
            <Text size="lg" c="dark.5">
              {t('hero.lead')}
            </Text>
            <HeroSearch />
            <CallsToAction />
          </Stack>
        </Paper>

        <Box component="section" aria-labelledby="landing-what">
          <Group gap="sm" wrap="nowrap" mb="sm">
            <ThemeIcon size="lg" radius="xl" variant="light" aria-hidden>
              <IconBuildingFactory2 size={20} />
            </ThemeIcon>
            <Title order={2} id="landing-what">
              {t('what.title')}
            </Title>
          </Group>
          <Text maw={760}>{t('what.body')}</Text>
        </Box>

        <Audience id="landing-buyers" icon={IconCurrencyDollar} section="buyers" features={BUYER_FEATURES} />
        <Audience id="landing-suppliers" icon={IconBuildingFactory2} section="suppliers" features={SUPPLIER_FEATURES} />

        <PublicTools />

      </Stack>
    </Container>
  );
}
