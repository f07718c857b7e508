import { lanesOf, laneOf } from './project-board-lanes';

const red = { time: 'RED', cost: 'GREEN', result: 'YELLOW' } as const;
const projects = [
  { name: 'Telefoni', phase: 'EXECUTION', status: { latestStatusUpdate: red } },
  { name: 'Data warehouse', phase: null, status: { latestStatusUpdate: null } },
  {
    name: 'Wifi',
    phase: 'INITIATION',
    status: { latestStatusUpdate: { time: 'GREEN', cost: 'GREEN', result: 'GREEN' } },
  },
] as const;

describe('the board by phase or status', () => {
  it('puts each project in its phase, in the phases’ order, with a lane for those without one', () => {
    expect(lanesOf(projects, 'phase').map((lane) => [lane.key, lane.projects.map((p) => p.name)])).toEqual([
      ['INITIATION', ['Wifi']],
      ['PLANNING', []],
      ['EXECUTION', ['Telefoni']],
      ['CLOSURE', []],
      ['NONE', ['Data warehouse']],
    ]);
  });

  it('puts each project under the worst colour of its latest status update', () => {
    expect(laneOf(projects[0], 'status')).toBe('RED');
    expect(laneOf(projects[1], 'status')).toBe('NONE');
    expect(lanesOf(projects, 'status').map((lane) => lane.key)).toEqual(['RED', 'YELLOW', 'GREEN', 'NONE']);
  });
});
