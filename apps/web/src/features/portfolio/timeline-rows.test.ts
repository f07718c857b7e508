import { timelineRow } from './timeline-rows';
import type { TimelineProject } from './timeline-rows';

/** A day after every date of the cases below: the timeline as it stands today. */
const TODAY = '2025-12-31';

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
      timelineRow(
        {
          ...project,
          plannedStart: '2024-01-01',
          plannedEnd: '2025-06-30',
          actualStart: '2024-02-01',
          status: { latestStatusUpdate: { statusDate: '2024-08-31', time: 'RED', cost: 'GREEN', result: 'GREEN' } },
        },
        TODAY,
      ),
    ).toEqual({ id: '1', name: project.name, colour: 'RED', start: '2024-01-01', end: '2025-06-30', pauses: [] });
  });

  it('falls back on its history: the first start, pause or status update, and the closing change', () => {
    expect(
      timelineRow(
        {
          ...project,
          state: 'CLOSED',
          statusUpdates: [{ statusDate: '2023-05-31' }],
          stateChanges: [{ toState: 'CLOSED', changedOn: '2024-08-31' }],
        },
        TODAY,
      ),
    ).toMatchObject({ start: '2023-05-31', end: '2024-08-31', colour: 'NOT_ASSESSED' });
  });

  it('shows a pause until the next change, or until the date a paused project resumes', () => {
    const row = timelineRow(
      {
        ...project,
        state: 'PAUSED',
        pausedUntil: '2025-01-01',
        stateChanges: [
          { toState: 'STARTED', changedOn: '2023-09-01' },
          { toState: 'PAUSED', changedOn: '2023-12-01' },
          { toState: 'STARTED', changedOn: '2024-02-01' },
          { toState: 'PAUSED', changedOn: '2024-08-31' },
        ],
      },
      TODAY,
    );
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
    expect(timelineRow({ ...project, state: 'NOT_STARTED' }, TODAY)).toBeNull();
  });

  it('draws the project as it stood at the end of the month viewed, not as it is today', () => {
    // Started in 2023, paused in 2024 until 2025, closed in 2025: viewed for May 2023 and March 2024.
    const history: TimelineProject = {
      ...project,
      state: 'STARTED',
      actualStart: '2023-02-01',
      actualEnd: '2025-06-30',
      pausedUntil: '2025-01-15',
      stateChanges: [
        { toState: 'STARTED', changedOn: '2023-02-01' },
        { toState: 'PAUSED', changedOn: '2024-02-01' },
        { toState: 'STARTED', changedOn: '2025-01-15' },
        { toState: 'CLOSED', changedOn: '2025-06-30' },
      ],
      statusUpdates: [{ statusDate: '2023-05-31' }],
    };
    expect(timelineRow(history, '2023-05-31')).toMatchObject({ start: '2023-02-01', end: null, pauses: [] });
    expect(timelineRow({ ...history, state: 'PAUSED' }, '2024-03-31')).toMatchObject({
      end: null,
      pauses: [{ from: '2024-02-01', to: null }],
    });
    expect(timelineRow({ ...history, state: 'CLOSED' }, TODAY)).toMatchObject({
      end: '2025-06-30',
      pauses: [{ from: '2024-02-01', to: '2025-01-15' }],
    });
  });

  it('knows no start from an actual start or a status update after the month viewed', () => {
    const later: TimelineProject = {
      ...project,
      state: 'NOT_STARTED',
      actualStart: '2024-09-01',
      statusUpdates: [{ statusDate: '2024-09-30' }],
    };
    expect(timelineRow(later, '2024-05-31')).toBeNull();
    expect(timelineRow(later, TODAY)).toMatchObject({ start: '2024-09-01' });
  });
});
