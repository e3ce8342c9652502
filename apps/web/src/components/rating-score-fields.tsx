import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ScoreName = 'quality' | 'communication' | 'onTime';
export const SCORE_NAMES: ScoreName[] = ['quality', 'communication', 'onTime'];
export type Scores = Record<ScoreName, number | null>;

/** The three 1-5 scores as radio groups: each named, each choice a labelled radio a keyboard and a screen reader reach. */
export function RatingScoreFields({ value, onChange, disabled }: { value: Scores; onChange: (value: Scores) => void; disabled?: boolean }) {
  const { t } = useTranslation('ratings');
  return (
    <>
      {SCORE_NAMES.map((name) => (
        <Radio.Group
          key={name}
          name={name}
          label={t(`scores.${name}`)}
          description={t('scoreHint')}
          value={value[name] === null ? null : String(value[name])}
          onChange={(picked) => onChange({ ...value, [name]: Number(picked) })}
          withAsterisk
          data-testid={`score-${name}`}
        >
          <Group gap="md" mt={6}>
            {[1, 2, 3, 4, 5].map((score) => (
              <Radio key={score} value={String(score)} label={t('choice', { value: score })} aria-label={`${t(`scores.${name}`)}: ${t('scoreValue', { value: score })}`} disabled={disabled} />
            ))}
          </Group>
        </Radio.Group>
      ))}
    </>
  );
}
