import type { ReportContent, ReportProjectRow } from '@lagesbild/types';
import { compareReportContents } from './report-comparison';

const project = (portfolioName: string, name: string, time: 'GREEN' | 'YELLOW' | 'RED'): ReportProjectRow => ({
  portfolioName,
  name,
  state: 'STARTED',
  time,
  cost: 'GREEN',
  result: 'GREEN',
  reportDate: '2024-01-31',
  deviations: [],
});

/** A report's content with only what the comparison of projects reads. */
const contentWith = (deviatingProjects: ReportProjectRow[]) =>
  ({
    sections: [{ indicatorTables: [], assignments: [], deviatingProjects }],
  }) as unknown as ReportContent;

describe('the comparison of two reports, for projects', () => {
  it('follows a project that moved to another portfolio between them by its name', () => {
    const before = contentWith([project('Kommunikation', 'Telefoni', 'RED')]);
    const now = contentWith([project('Digital infrastruktur', 'Telefoni', 'RED')]);
    expect(compareReportContents(now, before).colourChanges).toEqual([]);

    const turnedYellow = contentWith([project('Digital infrastruktur', 'Telefoni', 'YELLOW')]);
    expect(compareReportContents(turnedYellow, before).colourChanges).toEqual([
      { kind: 'PROJECT', name: 'Telefoni', previous: 'RED', current: 'YELLOW' },
    ]);
  });

  it('keeps two projects of one name in different portfolios apart', () => {
    const before = contentWith([project('Kommunikation', 'Förstudie', 'RED'), project('HR', 'Förstudie', 'RED')]);
    const now = contentWith([project('HR', 'Förstudie', 'RED')]);
    expect(compareReportContents(now, before).colourChanges).toEqual([
      { kind: 'PROJECT', name: 'Förstudie', previous: 'RED', current: 'GREEN' },
    ]);
  });
});
