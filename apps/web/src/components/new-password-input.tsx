import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A password being chosen: the policy as a hint, the browser's password manager told it is new. */
export function NewPasswordInput(props: { label: string; value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation('auth');
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('fields.showPassword') }}
      label={props.label}
      description={t('fields.passwordHint')}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      autoComplete="new-password"
      required
      error={props.error}
    />
  );
}
