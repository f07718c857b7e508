import { useFieldErrorText } from './api-errors';
import { useValidatedSave } from './useValidatedSave';
import type { InputSchema } from './useValidatedSave';

/**
 * A form's save: checks the input with the API's own schema first, then saves and calls
 * `onSaved`; why it failed (field errors, a conflict, a refusal) is kept for the form to show.
 */
export function useCheckedSave<Input>(
  schema: InputSchema,
  save: (input: Input) => Promise<unknown>,
  onSaved: () => void,
) {
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  async function submit(input: Input): Promise<void> {
    if (await validateAndSave(schema, input, () => save(input))) onSaved();
  }
  return { failure, setFailure, errorText, submit };
}
