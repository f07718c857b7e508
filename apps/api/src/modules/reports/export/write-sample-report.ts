import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { may2023Report } from './may-2023-report.fixture';
import { renderReportDocx } from './report-docx';
import { renderReportPdf } from './report-pdf';
import { exportFileName } from './report-export-router';

/**
 * Writes the May 2023 fixture report as PDF and Word into a folder (default
 * report-samples/ in the current directory), for looking at what the renderers make:
 * `pnpm --filter @lagesbild/api run report:sample [folder]`.
 */
async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? 'report-samples');
  mkdirSync(folder, { recursive: true });
  for (const [format, render] of [
    ['pdf', renderReportPdf],
    ['docx', renderReportDocx],
  ] as const) {
    const started = performance.now();
    const file = path.join(folder, exportFileName(may2023Report, format).ascii);
    writeFileSync(file, await render(may2023Report));
    console.log(`${file} (${Math.round(performance.now() - started)} ms)`);
  }
}

void main();
