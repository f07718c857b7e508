import type { PrismaClient } from '@lagesbild/db';
import { MAX_IMPORT_BYTES } from '@lagesbild/types';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { RequestContextFactory } from '../../context';
import { ImportFileError } from './import-file';
import { createValueImport } from './value-import-preview';

/** Where a file of values is uploaded; the preview it makes is then read and committed through GraphQL. */
export const VALUE_IMPORT_PATH = '/api/value-imports';

/**
 * `POST /api/value-imports?fileName=…` with the file as the body (`application/octet-stream`,
 * at most MAX_IMPORT_BYTES) and the session cookie: reads and checks the file and answers
 * `201 { id }` for the preview, or `422 { error, details }` naming why the file is refused
 * (`missingColumns` with the columns, `formulas` with the cells, …), `413 { error: 'tooLarge' }`,
 * `401` without a session, `403` for a user who is nobody's analyst. The body's type is one a
 * cross-site form cannot send, so no other site can upload on a user's behalf.
 */
export function createValueImportRouter(guardedPrisma: PrismaClient, contextOf: RequestContextFactory): Router {
  const router = express.Router();
  router.post(
    VALUE_IMPORT_PATH,
    express.raw({ type: 'application/octet-stream', limit: MAX_IMPORT_BYTES }),
    async (request: Request, response: Response, next: NextFunction) => {
      try {
        const { viewer, access } = await contextOf(request);
        if (!viewer) {
          response.status(401).json({ error: 'notSignedIn' });
          return;
        }
        if (!access.holdsAnywhere('ANALYST')) {
          response.status(403).json({ error: 'forbidden' });
          return;
        }
        if (!request.is('application/octet-stream') || !Buffer.isBuffer(request.body)) {
          response.status(415).json({ error: 'unsupportedType' });
          return;
        }
        const fileName = typeof request.query.fileName === 'string' ? request.query.fileName : 'fil';
        const id = await createValueImport(guardedPrisma, { id: viewer.id, access }, fileName, request.body);
        response.status(201).json({ id });
      } catch (error) {
        if (error instanceof ImportFileError) {
          response.status(422).json({ error: error.code, details: error.details });
          return;
        }
        next(error);
      }
    },
  );
  router.use(
    VALUE_IMPORT_PATH,
    (error: Error & { status?: number }, _request: Request, response: Response, next: NextFunction) => {
      if (error.status === 413) response.status(413).json({ error: 'tooLarge', details: [] });
      else next(error);
    },
  );
  return router;
}
