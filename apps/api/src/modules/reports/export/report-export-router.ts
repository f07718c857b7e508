import express from 'express';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ReportContent } from '../../../generated/resolver-types';
import { reportTypeName } from '../report-labels';
import { renderReportDocx } from './report-docx';
import { renderReportPdf } from './report-pdf';
import { formatYearMonth } from '@lagesbild/types';

/**
 * Reads a report's content for the signed-in user of the request: null when the report is
 * unknown or outside the user's scope (answered 404, so as not to tell which reports exist).
 * It throws a GraphQLError with code UNAUTHENTICATED (notSignedIn() of src/errors) when
 * nobody is signed in, answered 401.
 */
export type ReadReportContent = (request: Request, reportId: string) => Promise<ReportContent | null>;

const FORMATS = {
  pdf: { contentType: 'application/pdf', render: renderReportPdf },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderReportDocx,
  },
} as const;

export type ExportFormat = keyof typeof FORMATS;

/** "Manadsrapport-2023-05-Namnden-for-Intraservice.pdf", and the same name with å, ä, ö for RFC 5987. */
export function exportFileName(content: ReportContent, format: ExportFormat): { ascii: string; unicode: string } {
  const unicode = [reportTypeName(content.type), formatYearMonth(content.period), content.orgUnitName]
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

function contentDisposition(names: { ascii: string; unicode: string }): string {
  const encoded = encodeURIComponent(names.unicode).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /api/reports/:id/export.pdf and /api/reports/:id/export.docx: the report as the
 * committee's PDF or as an editable Word document, rendered from what `readContent` answers.
 */
export function createReportExportRouter(readContent: ReadReportContent): express.Router {
  const router = express.Router();
  for (const format of Object.keys(FORMATS) as ExportFormat[]) {
    router.get(`/api/reports/:id/export.${format}`, async (request: Request<{ id: string }>, response: Response) => {
      let content: ReportContent | null;
      try {
        content = await readContent(request, request.params.id);
      } catch (error) {
        const code = error instanceof GraphQLError ? error.extensions.code : undefined;
        if (code === 'UNAUTHENTICATED') return void response.status(401).json({ error: 'notSignedIn' });
        if (code === 'FORBIDDEN') return void response.status(403).json({ error: 'forbidden' });
        throw error;
      }
      if (!content) return void response.status(404).json({ error: 'notFound' });
      const body = await FORMATS[format].render(content);
      response
        .status(200)
        .type(FORMATS[format].contentType)
        .set('Content-Disposition', contentDisposition(exportFileName(content, format)))
        // A report is the organisation's own; no shared cache keeps a copy.
        .set('Cache-Control', 'private, no-store')
        .send(body);
    });
  }
  return router;
}
