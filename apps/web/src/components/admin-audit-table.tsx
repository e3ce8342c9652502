import { ActionIcon, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventResponse } from '../api/api-client';
import { formatDateTime } from '../i18n/format';

/** The first characters of an id; the whole one on hover, for screen readers and in the row's details. */
function ShortId({ id }: { id: string | null }) {
  if (!id) return <Text size="sm" c="dimmed" component="span">—</Text>;
  const short = id.length > 10 ? `${id.slice(0, 8)}…` : id;
  return (
    <Code title={id} style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden>{short}</span>
      <VisuallyHidden>{id}</VisuallyHidden>
    </Code>
  );
}

/** Newest first; each row opens to show the change's before and after. */
export function AdminAuditTable({ events, timeZone }: { events: AuditEventResponse[]; timeZone?: string }) {
  const { t } = useTranslation('admin');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{t('audit.columns.details')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('audit.columns.time')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.organization')}</Table.Th>
            <Table.Th>{t('audit.columns.target')}</Table.Th>
            <Table.Th>{t('audit.columns.requestId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const open = expanded.has(event.id);
            const detailsId = `audit-event-${event.id}-details`;
            return (
              <Fragment key={event.id}>
                <Table.Tr data-testid={`audit-event-${event.id}`}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => toggle(event.id)}
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      aria-label={open ? t('audit.hideDetails', { id: event.id }) : t('audit.showDetails', { id: event.id })}
                    >
                      {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" component="time" dateTime={event.occurredAt} style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(event.occurredAt, timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code style={{ whiteSpace: 'nowrap' }}>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <ShortId id={event.actorUserId} />
                  </Table.Td>
                  <Table.Td>
                    <ShortId id={event.organizationId} />
                  </Table.Td>
                  <Table.Td>
                    {event.targetType ? (
                      <Text size="sm" component="span" style={{ whiteSpace: 'nowrap' }}>
                        {event.targetType} <ShortId id={event.targetId} />
                      </Text>
                    ) : (
                      <ShortId id={null} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ShortId id={event.requestId} />
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={7}>
                      <Code block>
                        {JSON.stringify(
                          {
                            id: event.id,
                            occurredAt: event.occurredAt,
                            actorUserId: event.actorUserId,
                            actorOrganizationId: event.actorOrganizationId,
                            organizationId: event.organizationId,
                            target: event.targetType ? { type: event.targetType, id: event.targetId } : null,
                            before: event.before,
                            after: event.after,
                            requestId: event.requestId,
                            ip: event.ip,
                          },
                          null,
                          2,
                        )}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
