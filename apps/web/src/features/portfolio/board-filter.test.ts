import { countByColour, filterProjects } from './board-filter';
import type { BoardFilter, BoardProject } from './board-filter';

const statusUpdate = (
  statusDate: string,
  time: 'GREEN' | 'YELLOW' | 'RED',
  result: 'GREEN' | 'YELLOW' | 'RED' = 'GREEN',
) => ({
  statusDate,
  time,
  cost: 'GREEN' as const,
  result,
});
const projects: BoardProject[] = [
  { name: 'Telefoni', state: 'STARTED', status: { latestStatusUpdate: statusUpdate('2024-08-31', 'RED') } },
  {
    name: 'Dokument och ärendehantering',
    state: 'STARTED',
    status: { latestStatusUpdate: statusUpdate('2024-08-31', 'GREEN', 'YELLOW') },
  },
  { name: 'Virtuell klient', state: 'STARTED', status: { latestStatusUpdate: statusUpdate('2023-05-31', 'GREEN') } },
  { name: 'Data Warehouse', state: 'PAUSED', status: { latestStatusUpdate: null } },
];
const all: BoardFilter = { portfolioId: null, state: null, colour: null, sort: 'name' };
const names = (list: BoardProject[]) => list.map((project) => project.name);

describe('the board filter', () => {
  it('sorts by name, by worst status first, or by the oldest status update first', () => {
    expect(names(filterProjects(projects, all))).toEqual([
      'Data Warehouse',
      'Dokument och ärendehantering',
      'Telefoni',
      'Virtuell klient',
    ]);
    expect(names(filterProjects(projects, { ...all, sort: 'status' }))).toEqual([
      'Telefoni',
      'Dokument och ärendehantering',
      'Virtuell klient',
      'Data Warehouse',
    ]);
    expect(names(filterProjects(projects, { ...all, sort: 'statusDate' }))).toEqual([
      'Data Warehouse',
      'Virtuell klient',
      'Dokument och ärendehantering',
      'Telefoni',
    ]);
  });

  it('keeps the projects of a state and of an overall colour, projects without a status update as not assessed', () => {
    expect(names(filterProjects(projects, { ...all, state: 'PAUSED' }))).toEqual(['Data Warehouse']);
    expect(names(filterProjects(projects, { ...all, colour: 'YELLOW' }))).toEqual(['Dokument och ärendehantering']);
    expect(names(filterProjects(projects, { ...all, colour: 'NOT_ASSESSED' }))).toEqual(['Data Warehouse']);
  });

  it('counts the projects of each overall colour', () => {
    expect(countByColour(projects)).toEqual({ RED: 1, YELLOW: 1, GREEN: 1, NOT_ASSESSED: 1 });
  });
});
