import express from 'express';
import type { Request } from 'express';
import type { ReportContent } from '../../../generated/resolver-types';
import { may2023Report } from './may-2023-report.fixture';
import { createReportExportRouter } from './report-export-router';
import { notSignedIn } from '../../../errors';
import { listenOnLoopback } from '../../../testing/http-test-server';
import type { ListeningServer } from '../../../testing/http-test-server';

/**
 * The export routes over HTTP, with a stand-in for the reports module's reader of a report's
 * content (built on another branch): the fixture for one id, nothing for the others, and
 * "not signed in" without a cookie. The renderers behind the routes are the real ones.
 */
describe('the report export routes', () => {
  let server: ListeningServer;
  let baseUrl: string;
  const requested: string[] = [];

  beforeAll(async () => {
    const readContent = (request: Request, reportId: string): Promise<ReportContent | null> => {
      requested.push(reportId);
      if (!request.headers.cookie) return Promise.reject(notSignedIn());
      return Promise.resolve(reportId === '42' ? may2023Report : null);
    };
    const app = express();
    app.use(createReportExportRouter(readContent));
    server = await listenOnLoopback(app);
    baseUrl = server.origin;
  });

  afterAll(async () => {
    await server.close();
  });

  const get = (path: string, signedIn = true) =>
    fetch(`${baseUrl}${path}`, { headers: signedIn ? { Cookie: 'lagesbild_session=test' } : {} });

  it('answers the PDF as an attachment named after the report, in ASCII and in UTF-8', async () => {
    const response = await get('/api/reports/42/export.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="Manadsrapport-2023-05-Namnden-for-Intraservice.pdf"; ' +
        "filename*=UTF-8''M%C3%A5nadsrapport-2023-05-N%C3%A4mnden-f%C3%B6r-Intraservice.pdf",
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(requested.at(-1)).toBe('42');
  });

  it('answers the Word document with its content type', async () => {
    const response = await get('/api/reports/42/export.docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toContain(
      'filename="Manadsrapport-2023-05-Namnden-for-Intraservice.docx"',
    );
    const body = Buffer.from(await response.arrayBuffer());
    // A .docx is a zip archive.
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('answers 404 for a report that is unknown or outside the reader’s scope', async () => {
    const response = await get('/api/reports/7/export.pdf');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers 401 to a request without a session', async () => {
    for (const format of ['pdf', 'docx']) {
      const response = await get(`/api/reports/42/export.${format}`, false);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'notSignedIn' });
    }
  });

  it('serves no other format', async () => {
    expect((await get('/api/reports/42/export.html')).status).toBe(404);
  });
});
