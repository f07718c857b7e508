import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { createTestDatabase } from '@lagesbild/db/testing';
import { planDocumentLayout, readPlanDocumentData } from '../../planning';
import { renderLayoutDocx } from './report-docx';
import { renderLayoutPdf } from './report-pdf';
import { documentFileName } from './report-export-router';

/**
 * Writes Intraservice's 2023 operational plan of the demo data as PDF and Word into a folder
 * (default report-samples/ in the current directory), for looking at what the renderers make
 * of it: `pnpm --filter @lagesbild/api run plan:sample [folder]`. Seeds an in-memory database.
 */
async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? 'report-samples');
  mkdirSync(folder, { recursive: true });
  const database = await createTestDatabase();
  try {
    await prepareDatabase(database, { seedDemoDataIfEmpty: true });
    const unit = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const data = (await readPlanDocumentData(database.prisma, unit.id, 2023))!;
    const layout = planDocumentLayout(data);
    for (const [format, render] of [
      ['pdf', renderLayoutPdf],
      ['docx', renderLayoutDocx],
    ] as const) {
      const file = path.join(folder, documentFileName(['Verksamhetsplan', '2023', data.orgUnitName], format).ascii);
      writeFileSync(file, await render(layout));
      console.log(file);
    }
  } finally {
    await database.destroy();
  }
}

void main();
