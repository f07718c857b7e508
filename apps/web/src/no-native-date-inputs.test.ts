/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('.', import.meta.url));

/**
 * A native date, month or time input shows the browser's language (mm/dd/yyyy, "May 2023")
 * whatever the interface language: every date is a DateField and every month a MonthField
 * (src/components). A type given as a JSX attribute (type="date", type={'month'}) or as an
 * object property (htmlInput: { type: 'date' }) counts; comments do not.
 */
const NATIVE_DATE_TYPE = /\btype\s*(?:=\s*\{?\s*|:\s*)["'`](date|month|week|time|datetime-local)["'`]/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Each native date input of a source text, as "line: code". */
function nativeDateInputs(source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((line, index) => (NATIVE_DATE_TYPE.test(line) ? [`${index + 1}: ${line.trim()}`] : []));
}

describe('date and month fields', () => {
  it('finds the native inputs the rule is about, and not the words in a comment', () => {
    expect(nativeDateInputs('<TextField\n  type="date"\n  label="Från" />')).toEqual(['2: type="date"']);
    expect(nativeDateInputs("<input type={'month'} />")).toHaveLength(1);
    expect(nativeDateInputs("slotProps={{ htmlInput: { type: 'datetime-local' } }}")).toHaveLength(1);
    expect(nativeDateInputs('<TextField type="number" />')).toEqual([]);
    expect(nativeDateInputs('/** replaces <TextField type="date"> */\n// not type="month"')).toEqual([]);
  });

  it('are never native inputs, which follow the browser language instead of the interface', () => {
    const found = sourceFiles(SOURCE)
      .filter((path) => !path.endsWith('no-native-date-inputs.test.ts'))
      .flatMap((path) => nativeDateInputs(readFileSync(path, 'utf8')).map((hit) => `${relative(SOURCE, path)}:${hit}`));
    expect(found).toEqual([]);
  });
});
