import { ActionIcon, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconBriefcase, IconBuildingFactory2, IconHome, IconMapSearch, IconSearch, IconListSearch, IconClipboardCheck, IconFileDescription, IconShieldLock, IconStar, IconTruck, IconUser, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../session/session';
import { LanguageSwitch } from './language-switch';
import { UnreadBadge } from './unread-badge';

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }}>
      <Group gap={8} wrap="nowrap">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <Text fw={800} size="lg" c="brand.9">
          {t('brand')}
        </Text>
      </Group>
    </Link>
  );
}

/** The frame of every page: header with brand, language and session; a side menu once signed in. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, me, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = status === 'signed-in';
  const links = [
    { to: '/home', label: t('nav.home'), icon: IconHome },
    { to: '/notifications', label: t('nav.notifications'), icon: IconBell, badge: <UnreadBadge /> },
    { to: '/search', label: t('nav.search'), icon: IconSearch },
    ...(me?.organization.kind === 'buyer' ? [{ to: '/rfqs', label: t('nav.rfqs'), icon: IconFileDescription }] : []),
    ...(me?.organization.kind !== 'platform' ? [{ to: '/team', label: t('nav.team'), icon: IconUsers }] : []),
    ...(me?.organization.kind === 'supplier'
      ? [
          // The supplier's requests for quote: invitations and the feed.
          { to: '/opportunities', label: t('opportunities:menu'), icon: IconBriefcase },
          { to: '/supplier-profile', label: t('nav.supplierProfile'), icon: IconBuildingFactory2 },
          { to: '/ratings', label: t('ratings:menu'), icon: IconStar },
          { to: '/directory', label: t('nav.directory'), icon: IconMapSearch },
        ]
      : []),
    { to: '/profile', label: t('nav.profile'), icon: IconUser },
    { to: '/capabilities', label: t('nav.capabilities'), icon: IconListSearch },
    { to: '/transit', label: t('nav.transit'), icon: IconTruck },
    ...(me?.organization.kind === 'platform'
      ? [
          { to: '/admin/audit', label: t('nav.admin'), icon: IconShieldLock },
          { to: '/admin/reviews', label: t('nav.reviews'), icon: IconClipboardCheck },
        ]
      : []),
  ];

  return (
    <AppShell header={{ height: 60 }} navbar={signedIn ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {signedIn && <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />}
            <Brand />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {signedIn ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={async () => {
                  await signOut();
                  navigate('/');
                }}
              >
                {t('nav.signOut')}
              </Button>
            ) : (
              status === 'signed-out' && (
                <>
                  {/* Anonymous buyers have no menu: the supplier search stays one tap away (on a phone, from the landing page's search box). */}
                  <ActionIcon component={Link} to="/search" variant="subtle" size="lg" visibleFrom="xs" aria-label={t('nav.search')} title={t('nav.search')}>
                    <IconSearch size={18} aria-hidden />
                  </ActionIcon>
                  <Button component={Link} to="/sign-in" variant="subtle" size="xs" visibleFrom="xs">
                    {t('nav.signIn')}
                  </Button>
                  <Button component={Link} to="/sign-up" size="xs">
                    {t('nav.signUp')}
                  </Button>
                </>
              )
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {signedIn && (
        <AppShell.Navbar p="sm" aria-label={t('nav.menu')}>
          <Stack gap={4}>
            {me && (
              <Text size="xs" c="dimmed" px="sm" pb="xs">
                {me.user.name} · {me.organization.name}
              </Text>
            )}
            {links.map((link) => (
              <NavLink
                key={link.to}
                component={Link}
                to={link.to}
                label={link.label}
                leftSection={<link.icon size={18} aria-hidden />}
                rightSection={link.badge}
                active={location.pathname.startsWith(link.to)}
                onClick={close}
              />
            ))}
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
