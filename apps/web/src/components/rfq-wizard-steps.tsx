import { Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export const WIZARD_STEPS = ['describe', 'lines', 'terms', 'sharing', 'attachments'] as const;

/**
 * Where the buyer is in the wizard. A desk shows every step (each one a button back to it); a phone has no room
 * for five labels side by side, so it says "Step 2 of 5: Parts" over a bar.
 */
export function RfqWizardSteps({ active, onStep }: { active: number; onStep: (step: number) => void }) {
  const { t } = useTranslation('rfqs');
  const wide = useMediaQuery('(min-width: 62em)', true);
  if (!wide) {
    return (
      <Stack gap={4}>
        <Text fw={600}>{t('wizard.stepOf', { number: active + 1, count: WIZARD_STEPS.length, name: t(`wizard.steps.${WIZARD_STEPS[active]}`) })}</Text>
        <Progress value={((active + 1) / WIZARD_STEPS.length) * 100} aria-hidden size="sm" />
      </Stack>
    );
  }
  return (
    <Stepper active={active} onStepClick={onStep} size="sm" aria-label={t('wizard.stepsLabel')}>
      {WIZARD_STEPS.map((step) => (
        <Stepper.Step key={step} label={t(`wizard.short.${step}`)} />
      ))}
    </Stepper>
  );
}
