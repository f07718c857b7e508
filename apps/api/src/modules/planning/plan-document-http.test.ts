import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { strFromU8, unzipSync } from 'fflate';
import { createGoalFixture } from '../../testing/fixtures';
import { readPdf } from '../../testing/pdf-reading';
import { sessionCookieOf, startHttpTestServer } from '../../testing/http-test-server';
import type { ListeningServer } from '../../testing/http-test-server';

/** The plan's downloads as the Verksamhetsplan page links to them: the real app, its session cookie and the plan. */
describe('GET /api/plans/:orgUnitId/:year.pdf and .docx in the app', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let origin: string;
  let committeeId: number;
  let viewerCookie: string;
  let outsiderCookie: string;
  let businessAreaCookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { committee, otherCommittee } = await createGoalFixture(database.prisma, { committeeGoals: 1 });
    committeeId = committee.id;
    const businessArea = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } });
    // A second business area, whose goals the committee's plan covers and the first area's reader may not read.
    await database.prisma.orgUnit.create({
      data: { code: 'uppdrag', name: 'Avdelningen Uppdrag', kind: 'BUSINESS_AREA', parentId: committee.id },
    });
    await database.prisma.plan.create({
      data: {
        orgUnitId: committee.id,
        year: 2023,
        status: 'ADOPTED',
        decisionDate: new Date('2022-12-13'),
        caseNumber: 'N170-0123/22',
      },
    });
    const user = async (email: string, orgUnitId: number) => {
      const created = await database.prisma.user.create({
        data: { email, name: email, roles: { create: { role: 'VIEWER', orgUnitId } } },
      });
      return sessionCookieOf(database.prisma, created.id);
    };
    viewerCookie = await user('lasare@test.lagesbild.se', committee.id);
    outsiderCookie = await user('annan@test.lagesbild.se', otherCommittee.id);
    businessAreaCookie = await user('avdelning@test.lagesbild.se', businessArea.id);
    server = await startHttpTestServer({ prisma: database.prisma });
    origin = server.origin;
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  const download = (format: string, cookie?: string, path = `${committeeId}/2023`) =>
    fetch(`${origin}/api/plans/${path}.${format}`, { headers: cookie ? { cookie } : {} });

  it("serves the adopted plan's PDF to a reader of the unit, named in Swedish", async () => {
    const response = await download('pdf', viewerCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="Verksamhetsplan-2023-Intraservice.pdf"; ' +
        "filename*=UTF-8''Verksamhetsplan-2023-Intraservice.pdf",
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await readPdf(body)).flatMap((page) => page.lines).join('\n');
    expect(text).toContain('Verksamhetsplan 2023');
    expect(text).toContain('Antagen 2022-12-13, dnr N170-0123/22');
    expect(text).toContain('Nämndmål 1');
    expect(text).toContain('Sjukskrivningarna till följd av arbetsrelaterad');
    expect(text).toContain('Aktivitet 1');
  });

  it('serves the Word document with the same goals, indicators and activities', async () => {
    const response = await download('docx', viewerCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain('filename="Verksamhetsplan-2023-Intraservice.docx"');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const document = strFromU8(files['word/document.xml']!);
    for (const text of ['Verksamhetsplan 2023', 'Nämndmål 1', 'Sjukfrånvaro 1', 'Aktivitet 1', 'Utfall 2020'])
      expect(document).toContain(text);
  });

  it('names a draft as one, in the file name too', async () => {
    const response = await download('pdf', viewerCookie, `${committeeId}/2024`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      'filename="Verksamhetsplan-2024-utkast-Intraservice.pdf"',
    );
    const text = (await readPdf(Buffer.from(await response.arrayBuffer()))).flatMap((page) => page.lines).join('\n');
    expect(text).toContain('Verksamhetsplan 2024, utkast');
    expect(text).toContain('Planen har inga mål ännu.');
  });

  it('answers 401 without a session', async () => {
    for (const format of ['pdf', 'docx']) {
      const response = await download(format);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'notSignedIn' });
    }
  });

  it('answers 404 outside the scope, to a reader of only a unit below, and for an unknown or malformed unit or year', async () => {
    expect((await download('pdf', outsiderCookie)).status).toBe(404);
    expect((await download('docx', outsiderCookie)).status).toBe(404);
    // The plan covers the units below the committee, as a report does: a reader of one of them does not read it all.
    expect((await download('pdf', businessAreaCookie)).status).toBe(404);
    expect((await download('pdf', viewerCookie, '999999/2023')).status).toBe(404);
    expect((await download('pdf', viewerCookie, 'intraservice/2023')).status).toBe(404);
    expect((await download('pdf', viewerCookie, `${committeeId}/23`)).status).toBe(404);
    expect((await download('html', viewerCookie)).status).toBe(404);
  });
});
