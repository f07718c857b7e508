import type { SignInInput } from '@lagesbild/types';
import { postAuthRequest } from './post-auth-request';

export type SignInResult =
  | { kind: 'signedIn' }
  | { kind: 'invalidCredentials' }
  | { kind: 'tooManyAttempts'; retryAfterSeconds: number }
  | { kind: 'invalidInput'; fieldErrors: { field: string; message: string }[] }
  | { kind: 'failed' };

/** Signs in with the API's /auth/sign-in; the session comes back as an httpOnly cookie. */
export async function requestSignIn(input: SignInInput): Promise<SignInResult> {
  const response = await postAuthRequest('/auth/sign-in', input);
  if (!response) return { kind: 'failed' };
  if (response.ok) return { kind: 'signedIn' };
  const { body } = response;
  switch (response.status) {
    case 401:
      return { kind: 'invalidCredentials' };
    case 429:
      return { kind: 'tooManyAttempts', retryAfterSeconds: body.retryAfterSeconds ?? 60 };
    case 400:
      return { kind: 'invalidInput', fieldErrors: body.fieldErrors ?? [] };
    default:
      return { kind: 'failed' };
  }
}

export async function requestSignOut(): Promise<void> {
  await fetch('/auth/sign-out', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
  });
}
