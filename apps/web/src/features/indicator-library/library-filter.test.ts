import { readLibraryFilter, writeLibraryFilter } from './library-filter';

describe("the indicator library's filter in the URL", () => {
  it('reads what it wrote, keeping the other parameters', () => {
    const search = writeLibraryFilter(new URLSearchParams('enhet=intraservice'), {
      perspectiveId: '3',
      retirement: 'RETIRED',
    });
    expect(search.toString()).toBe('enhet=intraservice&perspektiv=3&visa=avslutade');
    expect(readLibraryFilter(search)).toEqual({ perspectiveId: '3', retirement: 'RETIRED' });
  });

  it('shows the indicators in use when the URL says nothing or something unknown', () => {
    expect(readLibraryFilter(new URLSearchParams('visa=allt'))).toEqual({ perspectiveId: null, retirement: 'ACTIVE' });
    expect(
      writeLibraryFilter(new URLSearchParams('visa=alla'), { perspectiveId: null, retirement: 'ACTIVE' }).toString(),
    ).toBe('');
  });
});
