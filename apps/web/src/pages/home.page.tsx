import { Alert, Badge, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBell, IconCircleCheck, IconMailExclamation, IconShieldLock, IconUser, IconUsers, type Icon } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { authControllerResendVerification, notificationsControllerUnreadCount } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { useAction } from '../components/use-action';
import { useSession } from '../session/session';

/** Until the address is verified: what it blocks, and a way to get a fresh link. */
function VerifyEmailBanner({ email }: { email: string }) {
  const { t } = useTranslation('account');
  const { run } = useSession();
  const [sent, setSent] = useState(false);
  const { busy: sending, error, perform } = useAction();

  const resend = async () => {
    await perform(async () => {
      await run(() => authControllerResendVerification());
      setSent(true);
    });
  };

  return (
    <Alert color="yellow" icon={<IconMailExclamation aria-hidden />} title={t('home.verify.title')} data-testid="verify-email-banner">
      <Stack gap="sm">
        <Text size="sm">{t('home.verify.body', { email })}</Text>
        <Text size="sm">{t('home.verify.why')}</Text>
        {sent ? (
          <Text size="sm" fw={600} role="status">
            {t('home.verify.sent', { email })}
          </Text>
        ) : (
          <Group>
            <Button size="xs" variant="white" color="dark" loading={sending} onClick={() => void resend()}>
              {t('home.verify.resend')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={error} />
      </Stack>
    </Alert>
  );
}

function UnreadSummary() {
  const { t } = useTranslation('account');
  const { run } = useSession();
  const [unread, setUnread] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    run(() => notificationsControllerUnreadCount())
      .then((result) => active && setUnread(result.unread))
      .catch((caught: unknown) => active && setError(caught));
    return () => {
      active = false;
    };
  }, [run]);

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('home.unread.title')}
          </Title>
          {error ? (
            <ErrorAlert error={error} />
          ) : unread === null ? (
            <Loader size="sm" aria-label={t('home.unread.loading')} />
          ) : (
            <Text data-testid="home-unread-count">{unread === 0 ? t('home.unread.none') : t('home.unread.some', { count: unread })}</Text>
          )}
        </Stack>
        {unread !== null && unread > 0 && (
          <Badge color="red" variant="filled" size="lg" aria-hidden>
            {unread}
          </Badge>
        )}
      </Group>
      <Group mt="md">
        <Button component={Link} to="/notifications" variant="light" leftSection={<IconBell size={16} aria-hidden />}>
          {t('home.unread.open')}
        </Button>
      </Group>
    </Card>
  );
}

interface QuickLink {
  to: string;
  icon: Icon;
  title: string;
  description: string;
}

export function HomePage() {
  const { t } = useTranslation('account');
  const { me } = useSession();
  if (!me) return null;

  const platform = me.organization.kind === 'platform';
  const owner = me.role === 'owner';
  const links: QuickLink[] = [
    ...(platform ? [] : [{ to: '/team', icon: IconUsers, title: t('home.links.team.title'), description: owner ? t('home.links.team.owner') : t('home.links.team.member') }]),
    { to: '/profile', icon: IconUser, title: t('home.links.profile.title'), description: t('home.links.profile.description') },
    { to: '/notifications', icon: IconBell, title: t('home.links.notifications.title'), description: t('home.links.notifications.description') },
    ...(platform ? [{ to: '/admin/audit', icon: IconShieldLock, title: t('home.links.audit.title'), description: t('home.links.audit.description') }] : []),
  ];
  const nextSteps = [
    ...(me.user.emailVerified ? [] : [t('home.next.verify')]),
    ...(platform ? [t('home.next.admin')] : owner ? [t('home.next.invite')] : [t('home.next.member')]),
    t('home.next.timeZone', { timeZone: me.user.timeZone }),
    ...(me.organization.kind === 'buyer' ? [t('home.next.buyer')] : me.organization.kind === 'supplier' ? [t('home.next.supplier')] : []),
  ];

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('home.greeting', { name: me.user.name })}</Title>
        <Group gap="xs">
          <Text c="dimmed">{me.organization.name}</Text>
          <Badge variant="light">{t(`home.kind.${me.organization.kind}`)}</Badge>
          <Badge variant="outline" color="gray">
            {t(`home.role.${me.role}`)}
          </Badge>
        </Group>
      </Stack>

      {!me.user.emailVerified && <VerifyEmailBanner email={me.user.email} />}

      <UnreadSummary />

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('home.links.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {links.map((link) => (
            <Card key={link.to} withBorder padding="md" component={Link} to={link.to}>
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="lg" aria-hidden>
                  <link.icon size={20} />
                </ThemeIcon>
                <Stack gap={2}>
                  <Text fw={700}>{link.title}</Text>
                  <Text size="sm" c="dimmed">
                    {link.description}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('home.next.title')}
        </Title>
        <List spacing="xs" icon={<IconCircleCheck size={18} aria-hidden />} center>
          {nextSteps.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}
