import { timelineRow } from './timeline-rows';
import type { TimelineProject } from './timeline-rows';

const project: TimelineProject = {
  id: '1',
  name: 'Etablera tjänst för Data Warehouse',
  state: 'STARTED',
  stateChanges: [],
  status: { latestStatusUpdate: null },
  statusUpdates: [],
};

describe('a project on the timeline', () => {
  it('spans its planned dates, coloured by its latest status update', () => {
    expect(
      timelineRow({
        ...project,
        plannedStart: '2024-01-01',
        plannedEnd: '2025-06-30',
        actualStart: '2024-02-01',
        status: { latestStatusUpdate: { statusDate: '2024-08-31', time: 'RED', cost: 'GREEN', result: 'GREEN' } },
      }),
    ).toEqual({ id: '1', name: project.name, colour: 'RED', start: '2024-01-01', end: '2025-06-30', pauses: [] });
  });

  it('falls back on its history: the first start, pause or status update, and the closing change', () => {
    expect(
      timelineRow({
        ...project,
        state: 'CLOSED',
        statusUpdates: [{ statusDate: '2023-05-31' }],
        stateChanges: [{ toState: 'CLOSED', changedOn: '2024-08-31' }],
      }),
    ).toMatchObject({ start: '2023-05-31', end: '2024-08-31', colour: 'NOT_ASSESSED' });
  });

  it('shows a pause until the next change, or until the date a paused project resumes', () => {
    const row = timelineRow({
      ...project,
      state: 'PAUSED',
      pausedUntil: '2025-01-01',
      stateChanges: [
        { toState: 'STARTED', changedOn: '2023-09-01' },
        { toState: 'PAUSED', changedOn: '2023-12-01' },
        { toState: 'STARTED', changedOn: '2024-02-01' },
        { toState: 'PAUSED', changedOn: '2024-08-31' },
      ],
    });
    expect(row).toMatchObject({
      start: '2023-09-01',
      end: null,
      pauses: [
        { from: '2023-12-01', to: '2024-02-01' },
        { from: '2024-08-31', to: '2025-01-01' },
      ],
    });
  });

  it('is left out when no start is known', () => {
    expect(timelineRow({ ...project, state: 'NOT_STARTED' })).toBeNull();
  });
});
