import { boardViewOf } from './useBoardView';

describe("the board's view in the URL", () => {
  it.each([
    ['', 'list'],
    ['vy=fas', 'phase'],
    ['vy=status&status=RED', 'status'],
    ['vy=tavla', 'list'],
    ['vy=', 'list'],
  ])('reads %j as the %s view', (query, view) => {
    expect(boardViewOf(new URLSearchParams(query))).toBe(view);
  });
});
