import { allowedStateActions } from './project-state';

describe('changes of a project state', () => {
  it('lets a project not yet started start, or be decided against', () => {
    expect(allowedStateActions('NOT_STARTED')).toEqual(['START', 'WILL_NOT_START']);
  });
  it('lets a started project pause or close, and a paused one resume, close or be given up', () => {
    expect(allowedStateActions('STARTED')).toEqual(['PAUSE', 'CLOSE']);
    expect(allowedStateActions('PAUSED')).toEqual(['RESUME', 'CLOSE', 'WILL_NOT_START']);
  });
  it('allows nothing once a project is closed or will not start', () => {
    expect(allowedStateActions('CLOSED')).toEqual([]);
    expect(allowedStateActions('WILL_NOT_START')).toEqual([]);
  });
});
