import { useState } from 'react';
import { apiFailureOf, invalidInputFailure, useFieldErrorText } from './api-errors';
import type { ApiFailure } from './api-errors';

/** The part of a zod schema a form needs: the same schema the API checks the input with. */
interface InputSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * A form's save: checks the input with the API's own schema first, then saves, and keeps
 * why it failed (field errors, a conflict, a refusal) for the form to show.
 */
export function useCheckedSave<Input>(
  schema: InputSchema,
  save: (input: Input) => Promise<unknown>,
  onSaved: () => void,
) {
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const errorText = useFieldErrorText(failure);
  async function submit(input: Input): Promise<void> {
    const checked = schema.safeParse(input);
    if (!checked.success) {
      setFailure(invalidInputFailure(checked.error.issues));
      return;
    }
    try {
      await save(input);
      onSaved();
    } catch (error) {
      setFailure(apiFailureOf(error));
    }
  }
  return { failure, setFailure, errorText, submit };
}
