import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { meControllerUpdate } from '../api/api-client';
import { rememberLanguage, type Language } from '../i18n/i18n';
import { useSession } from '../session/session';

/** Switches the interface language; when signed in, also saves it as the user's preference. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { status, run, reloadMe } = useSession();
  const change = async (language: string) => {
    rememberLanguage(language as Language);
    if (status === 'signed-in') {
      await run(() => meControllerUpdate({ body: { language: language as Language } })).catch(() => undefined);
      await reloadMe().catch(() => undefined);
    }
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={i18n.language === 'es' ? 'es' : 'en'}
      onChange={(value) => void change(value)}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'es', label: 'ES' },
      ]}
    />
  );
}
