import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconMail, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { OpportunityFeed } from '../components/opportunity-feed';
import { filtersFrom, paramsOf, tabFrom, type OpportunitiesTab } from '../components/opportunity-feed-url-state';
import { OpportunityInvitations } from '../components/opportunity-invitations';
import { useNameOf } from '../components/opportunity-names';
import { useVocabulary } from '../components/use-vocabulary';
import { useSession } from '../session/session';

/** A supplier's requests for quote: the invitations it received, and the open requests ranked for it. */
export function OpportunitiesPage() {
  const { t } = useTranslation('opportunities');
  const { me } = useSession();
  const { tree, nodes } = useVocabulary();
  const nameOf = useNameOf(nodes);
  const [params, setParams] = useSearchParams();
  const tab = tabFrom(params);
  const filters = filtersFrom(params);
  const show = (next: OpportunitiesTab, nextFilters = filters) => setParams(paramsOf(next, nextFilters), { replace: true });

  if (me && me.organization.kind !== 'supplier') {
    return (
      <Stack gap="lg" maw={880}>
        <Title order={1}>{t('title')}</Title>
        <Text>{t('notSupplier')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <Tabs value={tab} onChange={(value) => show(value === 'feed' ? 'feed' : 'invitations')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="invitations" leftSection={<IconMail size={16} aria-hidden />}>
            {t('tabs.invitations')}
          </Tabs.Tab>
          <Tabs.Tab value="feed" leftSection={<IconSparkles size={16} aria-hidden />}>
            {t('tabs.feed')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="invitations" pt="md">
          <OpportunityInvitations nameOf={nameOf} />
        </Tabs.Panel>
        <Tabs.Panel value="feed" pt="md">
          <OpportunityFeed nameOf={nameOf} tree={tree} filters={filters} onFilters={(next) => show('feed', next)} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
