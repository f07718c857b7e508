import { crc32, createDeflateRaw } from 'node:zlib';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { createGoalFixture } from '../../testing/fixtures';
import { sessionCookieOf, startHttpTestServer } from '../../testing/http-test-server';
import type { ListeningServer } from '../../testing/http-test-server';

const HEADER = 'Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar';

/** A zip of one entry, deflated from `chunk` repeated `times` times between `head` and `tail`, built a chunk at a time. */
async function zipOfRepeated(name: string, head: string, chunk: string, times: number, tail: string): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (data: Buffer) => compressed.push(data));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = (text: string) =>
    new Promise<void>((resolve) => {
      const bytes = Buffer.from(text);
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (deflate.write(bytes)) resolve();
      else deflate.once('drain', resolve);
    });
  await write(head);
  const block = chunk.repeat(Math.ceil((1024 * 1024) / chunk.length));
  for (let written = 0; written < times * chunk.length; written += block.length) await write(block);
  await write(tail);
  deflate.end();
  await done;
  const data = Buffer.concat(compressed);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/** The most memory the process took beyond what it held when `work` began, sampled as it ran. */
async function peakMemoryGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - start) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

/** Files built to exhaust the server: each is refused quickly, in bounded memory, while others are served. */
describe('the limits of an uploaded file', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let origin: string;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { committee } = await createGoalFixture(database.prisma, { committeeGoals: 1 });
    const analyst = await database.prisma.user.create({
      data: {
        email: 'analytiker@test.lagesbild.se',
        name: 'Analytiker',
        roles: { create: { role: 'ANALYST', orgUnitId: committee.id } },
      },
    });
    cookie = await sessionCookieOf(database.prisma, analyst.id);
    server = await startHttpTestServer({ prisma: database.prisma });
    origin = server.origin;
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  async function upload(body: Uint8Array) {
    const started = performance.now();
    const response = await fetch(`${origin}/api/value-imports?fileName=fil`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/octet-stream', cookie },
    });
    return {
      status: response.status,
      body: await response.json(),
      seconds: (performance.now() - started) / 1000,
    };
  }

  it('refuses a workbook that unpacks to a gigabyte, by its unpacked size, before reading it', async () => {
    const row = '<row><c t="inlineStr"><is><t>intraservice</t></is></c><c><v>1</v></c></row>';
    const bomb = await zipOfRepeated(
      'xl/worksheets/sheet1.xml',
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
      row,
      Math.ceil((1024 * 1024 * 1024) / row.length),
      '</sheetData></worksheet>',
    );
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);

    const { result, growthMb } = await peakMemoryGrowth(() => upload(bomb));
    console.log(
      `a ${(bomb.length / 1024).toFixed(0)} KB workbook of 1 GB unpacked: refused in ${result.seconds.toFixed(2)} s, ` +
        `${growthMb.toFixed(0)} MB more memory at most`,
    );
    expect(result.status).toBe(422);
    expect(result.body).toEqual({ error: 'unpackedTooLarge', details: ['100'] });
    expect(result.seconds).toBeLessThan(10);
    expect(growthMb).toBeLessThan(300);
  });

  it('refuses a CSV of one 19 MB line by its length, quickly', async () => {
    const line = 'Enhetskod;'.repeat(1.9 * 1024 * 1024);
    const { result, growthMb } = await peakMemoryGrowth(() => upload(new TextEncoder().encode(line)));
    console.log(
      `a CSV of one 19 MB line: refused in ${result.seconds.toFixed(2)} s, ${growthMb.toFixed(0)} MB more memory at most`,
    );
    expect(result.status).toBe(422);
    expect(result.body).toEqual({ error: 'lineTooLong', details: ['1'] });
    expect(result.seconds).toBeLessThan(5);
    expect(growthMb).toBeLessThan(300);
  });

  it('keeps answering /health while a large file is read', async () => {
    const comment = 'En kommentar som gör raden lite längre än annars, '.repeat(2);
    const rows = Array.from(
      { length: 100_001 },
      (_, index) =>
        `intraservice;SJUKFRANVARO-1;Sjukfrånvaro 1;${2000 + (index % 20)}-05;${index},5;5;5;5,5;${comment}${index}`,
    );
    const file = new TextEncoder().encode([HEADER, ...rows].join('\r\n'));
    // The server runs in this process: while its event loop is held, no answer comes back at all.
    const answeredAt: number[] = [performance.now()];
    let reading = true;
    const polling = (async () => {
      while (reading) {
        const response = await fetch(`${origin}/health`);
        expect(response.status).toBe(200);
        answeredAt.push(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const result = await upload(file);
    reading = false;
    await polling;

    expect(result.body).toEqual({ error: 'tooManyRows', details: ['100000'] });
    const longestWait = Math.max(...answeredAt.slice(1).map((time, index) => time - answeredAt[index]!)) / 1000;
    console.log(
      `${(file.length / 1024 / 1024).toFixed(1)} MB read in ${result.seconds.toFixed(1)} s; /health answered ` +
        `${answeredAt.length - 1} times meanwhile, never more than ${longestWait.toFixed(2)} s apart`,
    );
    // Read in one piece, the file held the event loop for all of its seconds. Two seconds leaves room
    // for CI's cores busy with other tests' databases, and is still a fraction of the read.
    expect(longestWait).toBeLessThan(Math.min(2, result.seconds / 2));
  });
});
