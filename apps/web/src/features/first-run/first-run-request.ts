import type { FirstRunInput } from '@lagesbild/types';
import { postAuthRequest } from '../access/post-auth-request';

export interface FieldError {
  field: string;
  message: string;
}

export type FirstRunResult =
  | { kind: 'created' }
  | { kind: 'invalidInput'; fieldErrors: FieldError[] }
  | { kind: 'alreadySetUp' }
  | { kind: 'tooManyAttempts'; retryAfterSeconds: number }
  | { kind: 'failed' };

/** Creates the city and its first administrator with the API's /auth/first-run; the session comes back as a cookie. */
export async function requestFirstRun(input: FirstRunInput): Promise<FirstRunResult> {
  const response = await postAuthRequest('/auth/first-run', input);
  if (!response) return { kind: 'failed' };
  if (response.ok) return { kind: 'created' };
  const { body } = response;
  switch (response.status) {
    case 400:
      return { kind: 'invalidInput', fieldErrors: body.fieldErrors ?? [] };
    case 409:
      return { kind: 'alreadySetUp' };
    case 429:
      return { kind: 'tooManyAttempts', retryAfterSeconds: body.retryAfterSeconds ?? 60 };
    default:
      return { kind: 'failed' };
  }
}
