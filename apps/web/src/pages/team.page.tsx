import { Alert, Button, Card, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { teamControllerMembers, type MemberResponse } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { TeamInvitations } from '../components/team-invitations';
import { TeamMembers } from '../components/team-members';
import { useSession } from '../session/session';

export function TeamPage() {
  const { t } = useTranslation('team');
  const { me, run } = useSession();
  const [members, setMembers] = useState<MemberResponse[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const platform = me?.organization.kind === 'platform';

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const result = await run(() => teamControllerMembers());
      setMembers(result.data);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  }, [run]);

  useEffect(() => {
    if (!platform) void load();
  }, [platform, load]);

  if (!me) return null;
  const owner = me.role === 'owner';

  return (
    <Stack gap="lg" maw={1040}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{platform ? t('intro.platform') : owner ? t('intro.owner', { organization: me.organization.name }) : t('intro.member', { organization: me.organization.name })}</Text>
      </Stack>

      {platform ? (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title={t('platform.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('platform.body')}</Text>
            <Button component={Link} to="/admin/audit" size="xs" variant="white">
              {t('platform.action')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <Card withBorder padding="lg">
            <Title order={2} size="h3" mb="md">
              {t('members.title')}
            </Title>
            {error ? (
              <Stack align="flex-start">
                <ErrorAlert error={error} />
                <Button variant="light" onClick={() => void load()} loading={loading}>
                  {t('members.retry')}
                </Button>
              </Stack>
            ) : members === null ? (
              <Center h={120}>
                <Loader aria-label={t('members.loading')} />
              </Center>
            ) : (
              <TeamMembers members={members} onMembersChange={setMembers} />
            )}
          </Card>
          {owner && <TeamInvitations />}
        </>
      )}
    </Stack>
  );
}
