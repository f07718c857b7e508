import express from 'express';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ReportContent } from '../../../generated/resolver-types';
import type { ExportedDocument } from '../../../documents';
import { reportTypeName } from '../report-labels';
import { reportLayout } from './report-layout';
import { formatYearMonth } from '@lagesbild/types';

/**
 * Reads a report's content for the signed-in user of the request: null when the report is
 * unknown or outside the user's scope (answered 404, so as not to tell which reports exist).
 * It throws a GraphQLError with code UNAUTHENTICATED (notSignedIn() of src/errors) when
 * nobody is signed in, answered 401.
 */
export type ReadReportContent = (request: Request, reportId: string) => Promise<ReportContent | null>;

// The renderers are loaded at the first document asked for: their libraries (pdfkit, docx) would
// add a fifth of a second to every server process's start-up.
const FORMATS = {
  pdf: {
    contentType: 'application/pdf',
    loadRenderer: () => import('./report-pdf').then((renderer) => renderer.renderLayoutPdf),
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    loadRenderer: () => import('./report-docx').then((renderer) => renderer.renderLayoutDocx),
  },
} as const;

export type ExportFormat = keyof typeof FORMATS;

/**
 * Reads the document a request asks for, for its signed-in user: null when it is unknown or
 * outside the user's scope (answered 404); a GraphQLError with code UNAUTHENTICATED when
 * nobody is signed in (401), FORBIDDEN when the user may not have it (403).
 */
export type ReadDocument = (request: Request<Record<string, string>>) => Promise<ExportedDocument | null>;

/** "Manadsrapport-2023-05-Namnden-for-Intraservice.pdf", and the same name with å, ä, ö for RFC 5987. */
export function documentFileName(words: string[], format: ExportFormat): { ascii: string; unicode: string } {
  const unicode = words
    .join(' ')
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const ascii = unicode
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]/g, '-')
    .replace(/-+/g, '-');
  return { ascii: `${ascii}.${format}`, unicode: `${unicode}.${format}` };
}

const reportFileNameWords = (content: ReportContent) => [
  reportTypeName(content.type),
  formatYearMonth(content.period),
  content.orgUnitName,
];

/** "Manadsrapport-2023-05-Namnden-for-Intraservice.pdf", and the same name with å, ä, ö for RFC 5987. */
export function exportFileName(content: ReportContent, format: ExportFormat): { ascii: string; unicode: string } {
  return documentFileName(reportFileNameWords(content), format);
}

function contentDisposition(names: { ascii: string; unicode: string }): string {
  const encoded = encodeURIComponent(names.unicode).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET `${path}.pdf` and `${path}.docx`: the document `read` answers as PDF or as an editable
 * Word document, with the answers for nobody signed in, a forbidden and an unknown document.
 */
function addDocumentRoutes(router: express.Router, path: string, read: ReadDocument): void {
  for (const format of Object.keys(FORMATS) as ExportFormat[]) {
    router.get(`${path}.${format}`, async (request: Request<Record<string, string>>, response: Response) => {
      let document: ExportedDocument | null;
      try {
        document = await read(request);
      } catch (error) {
        const code = error instanceof GraphQLError ? error.extensions.code : undefined;
        if (code === 'UNAUTHENTICATED') return void response.status(401).json({ error: 'notSignedIn' });
        if (code === 'FORBIDDEN') return void response.status(403).json({ error: 'forbidden' });
        throw error;
      }
      if (!document) return void response.status(404).json({ error: 'notFound' });
      const render = await FORMATS[format].loadRenderer();
      const body = await render(document.layout);
      response
        .status(200)
        .type(FORMATS[format].contentType)
        .set('Content-Disposition', contentDisposition(documentFileName(document.fileNameWords, format)))
        // A document is the organisation's own; no shared cache keeps a copy.
        .set('Cache-Control', 'private, no-store')
        .send(body);
    });
  }
}

/**
 * GET /api/reports/:id/export.pdf and /api/reports/:id/export.docx: the report as the
 * committee's PDF or as an editable Word document, rendered from what `readContent` answers.
 */
export function createReportExportRouter(readContent: ReadReportContent): express.Router {
  const router = express.Router();
  addDocumentRoutes(router, '/api/reports/:id/export', async (request) => {
    const content = await readContent(request, request.params.id!);
    return content && { layout: reportLayout(content), fileNameWords: reportFileNameWords(content) };
  });
  return router;
}

/**
 * The layout of a unit's operational plan of a year for the signed-in user of a request (the
 * planning module's reader): null when the unit is unknown or outside the user's scope.
 */
export type ReadPlanDocument = (request: Request, orgUnitId: string, year: string) => Promise<ExportedDocument | null>;

/**
 * GET /api/plans/:orgUnitId/:year.pdf and .docx: a unit's operational plan of a year as PDF
 * or Word, laid out by the planning module and rendered by the report's renderers.
 */
export function createPlanExportRouter(readPlan: ReadPlanDocument): express.Router {
  const router = express.Router();
  addDocumentRoutes(router, '/api/plans/:orgUnitId/:year', (request) =>
    readPlan(request, request.params.orgUnitId!, request.params.year!),
  );
  return router;
}
