import { useState } from 'react';
import { apiFailureOf, invalidInputFailure } from './api-errors';
import type { ApiFailure } from './api-errors';

/** A validation schema of @lagesbild/types, as far as a form needs it. */
export interface InputSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * A dialog's save: checks the input with the schema the API uses (field errors show at
 * once, without a round trip), then saves; the API's refusal (field errors, a conflict,
 * no permission) is kept as the failure for the dialog to show.
 */
export function useValidatedSave() {
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  async function validateAndSave(
    schema: InputSchema,
    input: unknown,
    save: () => Promise<unknown>,
    extraFieldErrors: { field: string; message: string }[] = [],
  ): Promise<boolean> {
    const checked = schema.safeParse(input);
    const fieldErrors = [
      ...(checked.success ? [] : invalidInputFailure(checked.error.issues).fieldErrors),
      ...extraFieldErrors,
    ];
    if (fieldErrors.length > 0) {
      setFailure({ code: 'BAD_USER_INPUT', fieldErrors });
      return false;
    }
    try {
      await save();
      setFailure(null);
      return true;
    } catch (error) {
      setFailure(apiFailureOf(error));
      return false;
    }
  }

  return { failure, setFailure, validateAndSave };
}
