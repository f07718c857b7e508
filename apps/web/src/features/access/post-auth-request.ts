/** What the API's /auth routes answer besides success: field errors (400) and a wait (429). */
export interface AuthRefusalBody {
  retryAfterSeconds?: number;
  fieldErrors?: { field: string; message: string }[];
}

/**
 * Posts JSON to one of the API's /auth routes, whose session comes back as an httpOnly cookie.
 * Null when the server cannot be reached; otherwise the status, and the refusal's body when
 * it was not a success (an unreadable body reads as empty).
 */
export async function postAuthRequest(
  path: string,
  input: unknown,
): Promise<{ ok: true } | { ok: false; status: number; body: AuthRefusalBody } | null> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
    credentials: 'same-origin',
  }).catch(() => null);
  if (!response) return null;
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => ({}))) as AuthRefusalBody;
  return { ok: false, status: response.status, body };
}
