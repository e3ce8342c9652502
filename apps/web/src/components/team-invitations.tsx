import { Button, Card, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamControllerInvitations, teamControllerRevokeInvitation, type InvitationResponse } from '../api/api-client';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { TeamInviteForm } from './team-invite-form';

/** Owners only: the invite form and the invitations still waiting for an answer. */
export function TeamInvitations() {
  const { t } = useTranslation('team');
  const { me, run } = useSession();
  const [invitations, setInvitations] = useState<InvitationResponse[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<{ email: string; error: unknown } | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const result = await run(() => teamControllerInvitations());
      setInvitations(result.data);
    } catch (caught) {
      setLoadError(caught);
    } finally {
      setLoading(false);
    }
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (invitation: InvitationResponse) => {
    setRevoking(invitation.id);
    setRevokeError(null);
    try {
      await run(() => teamControllerRevokeInvitation({ path: { invitationId: invitation.id } }));
      setInvitations((current) => current?.filter((candidate) => candidate.id !== invitation.id) ?? null);
    } catch (caught) {
      setRevokeError({ email: invitation.email, error: caught });
    } finally {
      setRevoking(null);
    }
  };

  const timeZone = me?.user.timeZone;

  return (
    <>
      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="xs">
          {t('invite.title')}
        </Title>
        <TeamInviteForm onInvited={(invitation) => setInvitations((current) => [invitation, ...(current ?? []).filter((candidate) => candidate.id !== invitation.id)])} />
      </Card>

      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="md">
          {t('invitations.title')}
        </Title>
        {loadError ? (
          <Stack align="flex-start">
            <ErrorAlert error={loadError} />
            <Button variant="light" onClick={() => void load()} loading={loading}>
              {t('invitations.retry')}
            </Button>
          </Stack>
        ) : invitations === null ? (
          <Center h={80}>
            <Loader aria-label={t('invitations.loading')} />
          </Center>
        ) : invitations.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="invitations-empty">
            {t('invitations.empty')}
          </Text>
        ) : (
          <Stack gap="md">
            {revokeError && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('invitations.revokeFailed', { email: revokeError.email })}
                </Text>
                <ErrorAlert error={revokeError.error} />
              </Stack>
            )}
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('invitations.columns.email')}</Table.Th>
                    <Table.Th>{t('invitations.columns.role')}</Table.Th>
                    <Table.Th>{t('invitations.columns.sent')}</Table.Th>
                    <Table.Th>{t('invitations.columns.expires')}</Table.Th>
                    <Table.Th>{t('invitations.columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invitations.map((invitation) => (
                    <Table.Tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {invitation.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`roles.${invitation.role}`)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(invitation.createdAt, timeZone)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(invitation.expiresAt, timeZone)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          loading={revoking === invitation.id}
                          disabled={revoking !== null && revoking !== invitation.id}
                          onClick={() => void revoke(invitation)}
                          aria-label={t('invitations.revokeAria', { email: invitation.email })}
                        >
                          {t('invitations.revoke')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Card>
    </>
  );
}
