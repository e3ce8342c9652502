import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/api-client';
import { formatNumber } from '../i18n/format';
import { fieldError } from './error-alert';
import type { DraftProblem } from './quote-draft';
import { placeKey, placeOf, stillStands, type FieldPlace } from './quote-fields';

/** One problem as the form shows it: where (in words) and what, in the reader's language. */
export interface FormProblem {
  key: string;
  where: string;
  message: string;
}

export interface FormErrors {
  /** The message for a cell, line, tooling field or named field (a `placeKey`), if it has one. */
  at: (key: string) => string | undefined;
  problems: FormProblem[];
  /** The error that is not about fields (a closed RFQ, a stale revision...), for its own alert. */
  general: unknown;
}

interface LineForLabels {
  unit: string;
  quantities: number[];
  partName: string | null;
}

/** The form's own checks as the API's error shape, so both read through one path (and one translation). */
export const problemsAsError = (problems: DraftProblem[]): ApiRequestError =>
  new ApiRequestError(400, { code: 'VALIDATION_FAILED', message: '', details: problems.map(({ field, issue }) => ({ field, issue, message: '' })), requestId: '' });

/**
 * Files a save's error under the form's cells and fields, and words where each is ("Part 1, 500 pcs: unit price").
 * `sent` is the body the error answered and `now` the form's body as it reads: a field edited since shows none.
 */
export function useFormErrors(error: unknown, lines: readonly LineForLabels[], sent: unknown, now: unknown): FormErrors {
  const { t } = useTranslation(['quote', 'opportunities']);
  return useMemo(() => {
    // Only a validation error is about fields; any other (a closed RFQ, a stale revision) is said as a whole.
    const validation = error instanceof ApiRequestError && error.error.code === 'VALIDATION_FAILED';
    const fieldDetails = validation ? error.error.details : [];
    const lineName = (index: number) => t('quote:where.line', { number: index + 1, name: lines[index]?.partName ?? '' });
    const describe = (place: FieldPlace): string => {
      switch (place.kind) {
        case 'break': {
          const line = lines[place.line];
          const quantity = line?.quantities[place.position];
          const amount = quantity === undefined ? '' : `${formatNumber(quantity)} ${t(`opportunities:units.${line?.unit ?? 'pcs'}`, { defaultValue: line?.unit ?? '' })}`;
          return t('quote:where.break', { line: lineName(place.line), quantity: amount, field: t(`quote:where.breakParts.${place.part}`) });
        }
        case 'line':
          return place.part ? t('quote:where.lineField', { line: lineName(place.line), field: t(`quote:where.lineParts.${place.part}`) }) : lineName(place.line);
        case 'tooling':
          return place.part ? t('quote:where.toolingField', { number: place.index + 1, field: t(`quote:where.toolingParts.${place.part}`) }) : t('quote:where.tooling', { number: place.index + 1 });
        case 'field':
          return t(`quote:where.fields.${place.field}`);
        case 'other':
          return t('quote:where.other');
      }
    };
    const problems = fieldDetails
      .map((detail) => {
        const place = placeOf(detail.field ?? '');
        return { key: placeKey(place), where: describe(place), message: fieldError(error, detail.field ?? '') ?? '' };
      })
      .filter((problem) => stillStands(problem.key, sent, now));
    const byKey = new Map<string, string>();
    for (const problem of problems) if (!byKey.has(problem.key)) byKey.set(problem.key, problem.message);
    // What is not about fields reads by its code alone: its details name API fields, which the form does not show.
    const general = validation ? null : error instanceof ApiRequestError ? new ApiRequestError(error.status, { ...error.error, details: [] }) : error;
    return { at: (key: string) => byKey.get(key), problems, general };
  }, [error, lines, t, sent, now]);
}

/** The list of what to fix, in words, above the send button: every problem, placed in the form or not. */
export function FormProblems({ errors }: { errors: FormErrors }) {
  const { t } = useTranslation('quote');
  if (errors.problems.length === 0) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('form.problems', { count: errors.problems.length })} role="alert">
      <List size="sm">
        {errors.problems.map((problem, index) => (
          <List.Item key={index}>
            <Text span size="sm" fw={600}>
              {problem.where}
            </Text>
            : {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
