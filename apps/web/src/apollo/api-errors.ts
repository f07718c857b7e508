import { useTranslation } from 'react-i18next';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One invalid field as the API names it (`input.comment`) with a message key. */
export interface FieldError {
  field: string;
  message: string;
}

/** What went wrong with a mutation, in the terms the API answers with (extensions.code). */
export interface ApiFailure {
  code: string;
  fieldErrors: FieldError[];
  /** On CONFLICT: the record as someone else saved it. */
  current?: unknown;
}

export function apiFailureOf(error: unknown): ApiFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as { code?: string; fieldErrors?: FieldError[]; current?: unknown };
    return {
      code: extensions.code ?? 'UNKNOWN',
      fieldErrors: extensions.fieldErrors ?? [],
      current: extensions.current,
    };
  }
  return { code: 'NETWORK', fieldErrors: [] };
}

/** The message key for one field, matched by the end of its path (`comment` matches `input.comment`). */
export function fieldMessage(failure: ApiFailure | null, field: string): string | undefined {
  return failure?.fieldErrors.find((error) => error.field === field || error.field.endsWith(`.${field}`))?.message;
}

/** The translated message for a field, or undefined: for a form's helper texts. */
export function useFieldErrorText(failure: ApiFailure | null): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const key = fieldMessage(failure, field);
    return key ? t(`validation.${key}`, { defaultValue: t('validation.invalid') }) : undefined;
  };
}

/** A form's own check failed (the schema the API uses too): the same failure the API would answer with. */
export function invalidInputFailure(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiFailure {
  return {
    code: 'BAD_USER_INPUT',
    fieldErrors: issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })),
  };
}
