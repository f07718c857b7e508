import type { ValueImportKind } from '../../generated/graphql';

/** Where the file goes; the server answers with the preview's id (see value-import-routes.ts). */
const UPLOAD_PATH = '/api/value-imports';

export type UploadResult =
  | { kind: 'preview'; id: string }
  /** The server refused the file: `error` is a code (`missingColumns`, `formulas`, …), `details` what it names. */
  | { kind: 'refused'; error: string; details: string[] };

/**
 * Sends the file as the request's body and reports the share sent (0–1) as it goes; fetch
 * cannot report an upload's progress, XMLHttpRequest can. `kind` says what the file holds and
 * so which layout the server reads it by. Rejects when the server cannot be reached.
 */
export function uploadImportFile(
  file: File,
  onProgress: (share: number) => void,
  kind: ValueImportKind = 'VALUES',
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${UPLOAD_PATH}?fileName=${encodeURIComponent(file.name)}&kind=${kind}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(1);
    request.onerror = () => reject(new Error('network'));
    request.onload = () => {
      let body: { id?: string; error?: string; details?: string[] } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A body that is not JSON is an unexpected failure, reported as such below.
      }
      if (request.status === 201 && body.id) resolve({ kind: 'preview', id: body.id });
      else resolve({ kind: 'refused', error: body.error ?? 'internalServerError', details: body.details ?? [] });
    };
    request.send(file);
  });
}
