import { hasNoRecentStatusUpdate, overallColour, statusUpdatesSinceColourChange } from './project-status';
import type { ProjectStatusColours } from './project-status';

const green: ProjectStatusColours = { time: 'GREEN', cost: 'GREEN', result: 'GREEN' };
const yellowResult: ProjectStatusColours = { ...green, result: 'YELLOW' };
const redTime: ProjectStatusColours = { ...yellowResult, time: 'RED' };

describe("a report's overall colour", () => {
  it('is its worst dimension', () => {
    expect(overallColour(green)).toBe('GREEN');
    expect(overallColour(yellowResult)).toBe('YELLOW');
    expect(overallColour(redTime)).toBe('RED');
  });
});

describe('reports since the colour changed', () => {
  it('is 0 when the latest report changed the colour', () => {
    expect(statusUpdatesSinceColourChange([redTime, green])).toBe(0);
  });
  it('counts the reports of the same colour since the change', () => {
    expect(statusUpdatesSinceColourChange([redTime, { ...green, cost: 'RED' }, yellowResult, green])).toBe(1);
  });
  it('is null when the colour never changed, or there is one report or none', () => {
    expect(statusUpdatesSinceColourChange([yellowResult, { ...green, time: 'YELLOW' }])).toBeNull();
    expect(statusUpdatesSinceColourChange([redTime])).toBeNull();
    expect(statusUpdatesSinceColourChange([])).toBeNull();
  });
});

describe('no recent report', () => {
  const started = {
    state: 'STARTED' as const,
    statusUpdateIntervalWeeks: 5,
    latestStatusDate: '2024-08-31',
    startedOn: null,
    asOf: '2024-10-05',
  };

  it('is false up to the interval after the latest report, and true the day after', () => {
    expect(hasNoRecentStatusUpdate(started)).toBe(false);
    expect(hasNoRecentStatusUpdate({ ...started, asOf: '2024-10-06' })).toBe(true);
  });
  it('counts from the start of a project that has not reported yet', () => {
    expect(hasNoRecentStatusUpdate({ ...started, latestStatusDate: null, startedOn: '2024-08-31' })).toBe(false);
    expect(hasNoRecentStatusUpdate({ ...started, latestStatusDate: null, startedOn: '2024-06-01' })).toBe(true);
  });
  it('counts from a restart later than the latest report', () => {
    expect(hasNoRecentStatusUpdate({ ...started, latestStatusDate: '2023-05-31', startedOn: '2024-09-15' })).toBe(
      false,
    );
  });
  it('is true for a started project with neither a report nor a known start', () => {
    expect(hasNoRecentStatusUpdate({ ...started, latestStatusDate: null })).toBe(true);
  });
  it('is never true for a project that is not started', () => {
    for (const state of ['NOT_STARTED', 'PAUSED', 'CLOSED', 'WILL_NOT_START'] as const) {
      expect(hasNoRecentStatusUpdate({ ...started, state, latestStatusDate: null })).toBe(false);
    }
  });
});
