import type { ApplicationCardResponse, BoardColumnResponse } from '@referrals/contracts';
import { appendPage, columnsOf, findCard, placeCard, restoreCard } from './board-columns';

const card = (id: string, stepKey: string): ApplicationCardResponse => ({
  id,
  version: 1,
  candidateName: `Candidate ${id}`,
  referrer: null,
  stepKey,
  stage: stepKey as ApplicationCardResponse['stage'],
  stageEnteredAt: '2025-03-01T09:00:00.000Z',
  stale: false,
  assignedRecruiter: null,
});

const response: BoardColumnResponse[] = [
  { step: { key: 'new', label: null, stage: 'new' }, count: 3, applications: [card('a', 'new'), card('b', 'new')], hasMore: true },
  { step: { key: 'interview', label: null, stage: 'interview' }, count: 1, applications: [card('c', 'interview')], hasMore: false },
  { step: { key: 'rejected', label: null, stage: 'rejected' }, count: 0, applications: [], hasMore: false },
];

const keys = (columns: ReturnType<typeof columnsOf>) =>
  columns.map((column) => `${column.step.key}:${column.count}:${column.cards.map((c) => c.id).join('')}`);

describe('board columns', () => {
  it('moves a card to the top of another column, counts following', () => {
    const columns = columnsOf(response);
    const moved = placeCard(columns, { ...card('b', 'interview') }, 'interview');
    expect(keys(moved)).toEqual(['new:2:a', 'interview:2:bc', 'rejected:0:']);
  });

  it('puts a card back where it was when the move does not happen', () => {
    const columns = columnsOf(response);
    const origin = findCard(columns, 'b');
    expect(origin).toMatchObject({ stepKey: 'new', index: 1 });
    if (!origin) return;
    const moved = placeCard(columns, card('b', 'rejected'), 'rejected');
    expect(keys(restoreCard(moved, origin))).toEqual(keys(columns));
  });

  it('adds a column’s next page without repeating cards it already shows', () => {
    const columns = columnsOf(response);
    const more = appendPage(columns, 'new', [card('b', 'new'), card('d', 'new')], false);
    expect(more[0]).toMatchObject({ hasMore: false, pagesLoaded: 2 });
    expect(more[0].cards.map((c) => c.id)).toEqual(['a', 'b', 'd']);
    expect(more[1]).toBe(columns[1]);
  });

  it('finds nothing for a card that is not on the board', () => {
    expect(findCard(columnsOf(response), 'zz')).toBeNull();
  });
});
