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

/** The errors of one field, matched by the end of its path (`comment` matches `input.comment`). */
function errorsOfField(failure: ApiFailure | null, field: string): FieldError[] {
  return (failure?.fieldErrors ?? []).filter((error) => error.field === field || error.field.endsWith(`.${field}`));
}

/** The (first) message key for one field. */
export function fieldMessage(failure: ApiFailure | null, field: string): string | undefined {
  return errorsOfField(failure, field)[0]?.message;
}

export interface FieldErrorTextOptions {
  /** Where a feature keeps its own messages (`perspectives.validation`): looked up before the shared ones. */
  ownMessages?: string;
  /** Fill in the messages' blanks (a risk scale's largest value). */
  values?: Record<string, unknown>;
}

/**
 * The translated messages for a field, or undefined: for a form's helper texts. Every message the
 * API gave for the field, joined (a removal can be refused for several reasons at once), each the
 * feature's own wording when it has one, else the shared one.
 */
export function useFieldErrorText(
  failure: ApiFailure | null,
  { ownMessages, values = {} }: FieldErrorTextOptions = {},
): (field: string) => string | undefined {
  const { t } = useTranslation();
  const shared = (message: string) => t(`validation.${message}`, { ...values, defaultValue: t('validation.invalid') });
  return (field) => {
    const messages = errorsOfField(failure, field).map((error) =>
      ownMessages
        ? t(`${ownMessages}.${error.message}`, { ...values, defaultValue: shared(error.message) })
        : shared(error.message),
    );
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
}

/** A form's own check failed (the schema the API uses too): the same failure the API would answer with. */
export function invalidInputFailure(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiFailure {
  return {
    code: 'BAD_USER_INPUT',
    fieldErrors: issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })),
  };
}
