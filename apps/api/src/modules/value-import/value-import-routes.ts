import type { PrismaClient, Role, ValueImportKind } from '@lagesbild/db';
import { MAX_IMPORT_BYTES } from '@lagesbild/types';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { RequestContextFactory } from '../../context';
import { ImportFileError } from './import-table';
import type { ImportingUser } from './import-preview';
import { createOrgUnitImport } from './org-unit-import-preview';
import { createValueImport } from './value-import-preview';

/** What each kind of file needs: the role that may upload it, and its reading and classification. */
const KINDS = {
  VALUES: { role: 'ANALYST', create: createValueImport },
  ORG_UNITS: { role: 'ADMIN', create: createOrgUnitImport },
} as const satisfies Record<
  ValueImportKind,
  {
    role: Role;
    create: (prisma: PrismaClient, user: ImportingUser, fileName: string, bytes: Uint8Array) => Promise<string>;
  }
>;

/** Where a file of values or org units is uploaded; the preview it makes is then read and committed through GraphQL. */
export const VALUE_IMPORT_PATH = '/api/value-imports';

/**
 * `POST /api/value-imports?fileName=…&kind=VALUES|ORG_UNITS` (values when left out) with the
 * file as the body (`application/octet-stream`, at most MAX_IMPORT_BYTES) and the session
 * cookie: reads and checks the file by its kind's layout and answers
 * `201 { id }` for the preview, or `422 { error, details }` naming why the file is refused
 * (`missingColumns` with the columns, `formulas` with the cells, …), `413 { error: 'tooLarge' }`,
 * `401` without a session, `403` for a user who is nobody's analyst (nobody's administrator for
 * org units), `400` for an unknown kind. The body's type is one a
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
        const kindName = typeof request.query.kind === 'string' ? request.query.kind : 'VALUES';
        if (!Object.hasOwn(KINDS, kindName)) {
          response.status(400).json({ error: 'unknownKind', details: [] });
          return;
        }
        const kind = KINDS[kindName as ValueImportKind];
        if (!access.holdsAnywhere(kind.role)) {
          response.status(403).json({ error: 'forbidden' });
          return;
        }
        if (!request.is('application/octet-stream') || !Buffer.isBuffer(request.body)) {
          response.status(415).json({ error: 'unsupportedType' });
          return;
        }
        const fileName = typeof request.query.fileName === 'string' ? request.query.fileName : 'fil';
        const id = await kind.create(guardedPrisma, { id: viewer.id, access }, fileName, request.body);
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
