// Prints each failed attempt of a browser journey with its error, from Playwright's JSON report,
// so that the end of CI's output (often all that is kept of it) says which step failed and why:
// the journeys that failed, and those that failed once and passed on their retry (flaky).
import { readFileSync } from 'node:fs';

const [reportFile] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const withoutColours = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

function* failedResults(suite) {
  for (const child of suite.suites ?? []) yield* failedResults(child);
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      for (const result of test.results) {
        if (result.status !== 'passed' && result.status !== 'skipped') yield { spec, test, result };
      }
    }
  }
}

for (const suite of report.suites) {
  for (const { spec, test, result } of failedResults(suite)) {
    const verdict = test.status === 'flaky' ? 'flaky, passed on its retry' : 'failed';
    console.log(
      `\n${verdict}: ${spec.file}:${spec.line} › ${spec.title} (attempt ${result.retry + 1} ${result.status} after ${result.duration} ms)`,
    );
    for (const error of result.errors) {
      const lines = withoutColours(error.message ?? String(error.value)).split('\n');
      console.log(
        lines
          .slice(0, 25)
          .map((line) => `  ${line}`)
          .join('\n'),
      );
      if (error.location) console.log(`  at ${error.location.file}:${error.location.line}`);
    }
  }
}
for (const error of report.errors ?? [])
  console.log(`\nerror outside a journey: ${withoutColours(error.message ?? '')}`);
