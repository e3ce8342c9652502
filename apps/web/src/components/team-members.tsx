import { Badge, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { teamControllerChangeRole, teamControllerRemove, teamControllerTransferOwnership, type MemberResponse } from '../api/api-client';
import { formatDate } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';

export type TeamRole = MemberResponse['role'];

type PendingAction = { kind: 'remove' | 'leave' | 'transfer'; member: MemberResponse };

/** The members table; owners manage roles, removals and ownership, and anyone may leave. */
export function TeamMembers({ members, onMembersChange }: { members: MemberResponse[]; onMembersChange: (members: MemberResponse[]) => void }) {
  const { t } = useTranslation('team');
  const { me, run, reloadMe, signOut } = useSession();
  const navigate = useNavigate();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<unknown>(null);
  const [roleBusy, setRoleBusy] = useState<string | null>(null);
  const [roleError, setRoleError] = useState<{ name: string; error: unknown } | null>(null);
  if (!me) return null;
  const owner = me.role === 'owner';

  const changeRole = async (member: MemberResponse, role: TeamRole) => {
    if (role === member.role) return;
    setRoleBusy(member.userId);
    setRoleError(null);
    try {
      const result = await run(() => teamControllerChangeRole({ path: { userId: member.userId }, body: { role } }));
      onMembersChange(result.data);
      if (member.userId === me.user.id) await reloadMe();
    } catch (caught) {
      setRoleError({ name: member.name, error: caught });
    } finally {
      setRoleBusy(null);
    }
  };

  const open = (action: PendingAction) => {
    setConfirmError(null);
    setPending(action);
  };

  const confirm = async () => {
    if (!pending) return;
    const { kind, member } = pending;
    setConfirming(true);
    setConfirmError(null);
    try {
      if (kind === 'transfer') {
        const result = await run(() => teamControllerTransferOwnership({ body: { userId: member.userId } }));
        onMembersChange(result.data);
        await reloadMe();
      } else {
        await run(() => teamControllerRemove({ path: { userId: member.userId } }));
        if (kind === 'leave') {
          // Leaving closes the account and ends its sessions.
          await signOut();
          navigate('/', { replace: true });
          return;
        }
        onMembersChange(members.filter((candidate) => candidate.userId !== member.userId));
      }
      setPending(null);
    } catch (caught) {
      setConfirmError(caught);
    } finally {
      setConfirming(false);
    }
  };

  const roleLabel = (role: TeamRole) => t(`roles.${role}`);

  return (
    <Stack gap="md">
      {roleError && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('members.roleFailed', { name: roleError.name })}
          </Text>
          <ErrorAlert error={roleError.error} />
        </Stack>
      )}
      <Table.ScrollContainer minWidth={880}>
        <Table verticalSpacing="sm" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.columns.name')}</Table.Th>
              <Table.Th>{t('members.columns.email')}</Table.Th>
              <Table.Th>{t('members.columns.role')}</Table.Th>
              <Table.Th>{t('members.columns.verified')}</Table.Th>
              <Table.Th>{t('members.columns.joined')}</Table.Th>
              <Table.Th>{t('members.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const self = member.userId === me.user.id;
              return (
                <Table.Tr key={member.userId} data-testid={`member-${member.email}`}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {member.name}
                      </Text>
                      {self && (
                        <Badge size="xs" variant="light" miw="max-content">
                          {t('members.you')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {owner ? (
                      <Select
                        size="xs"
                        w={130}
                        aria-label={t('members.roleOf', { name: member.name })}
                        data={[
                          { value: 'owner', label: roleLabel('owner') },
                          { value: 'member', label: roleLabel('member') },
                        ]}
                        value={member.role}
                        onChange={(value) => {
                          if (value === 'owner' || value === 'member') void changeRole(member, value);
                        }}
                        allowDeselect={false}
                        disabled={roleBusy !== null}
                      />
                    ) : (
                      <Text size="sm" fw={member.role === 'owner' ? 700 : 400}>
                        {roleLabel(member.role)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={member.emailVerified ? 'brand' : 'gray'} variant="outline" miw="max-content">
                      {member.emailVerified ? t('members.verified') : t('members.notVerified')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(member.joinedAt, me.user.timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {self ? (
                        <Button size="xs" variant="light" color="red" onClick={() => open({ kind: 'leave', member })} aria-label={t('members.leaveAria', { organization: me.organization.name })}>
                          {t('members.leave')}
                        </Button>
                      ) : (
                        owner && (
                          <>
                            {member.role === 'member' && (
                              <Button size="xs" variant="light" onClick={() => open({ kind: 'transfer', member })} aria-label={t('members.transferAria', { name: member.name })}>
                                {t('members.transfer')}
                              </Button>
                            )}
                            <Button size="xs" variant="light" color="red" onClick={() => open({ kind: 'remove', member })} aria-label={t('members.removeAria', { name: member.name })}>
                              {t('members.remove')}
                            </Button>
                          </>
                        )
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {members.length === 1 && <Text c="dimmed" size="sm">{owner ? t('members.aloneOwner') : t('members.alone')}</Text>}

      <Modal
        opened={pending !== null}
        onClose={() => !confirming && setPending(null)}
        title={pending ? t(`confirm.${pending.kind}.title`, { name: pending.member.name, organization: me.organization.name }) : ''}
        closeButtonProps={{ 'aria-label': t('confirm.close') }}
        centered
      >
        {pending && (
          <Stack gap="md">
            <Text size="sm">{t(`confirm.${pending.kind}.body`, { name: pending.member.name, organization: me.organization.name })}</Text>
            <ErrorAlert error={confirmError} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)} disabled={confirming} data-autofocus>
                {t('confirm.cancel')}
              </Button>
              <Button color={pending.kind === 'transfer' ? undefined : 'red'} loading={confirming} onClick={() => void confirm()}>
                {t(`confirm.${pending.kind}.action`, { name: pending.member.name })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
