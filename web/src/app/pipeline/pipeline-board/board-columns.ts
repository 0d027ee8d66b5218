import type { ApplicationCardResponse, BoardColumnResponse } from '@referrals/contracts';
import type { ColumnStep } from '../step-label';

/** A column as the board holds it: the cards loaded so far, and how many pages of the list they came from. */
export interface BoardColumn {
  readonly step: ColumnStep;
  readonly count: number;
  readonly cards: readonly ApplicationCardResponse[];
  readonly hasMore: boolean;
  /** Pages of `BOARD_CARDS_PER_COLUMN` cards loaded; the board's answer is page 1. */
  readonly pagesLoaded: number;
}

/** Where a card was before an optimistic move, to put it back when the move does not happen. */
export interface CardOrigin {
  readonly card: ApplicationCardResponse;
  readonly stepKey: string;
  readonly index: number;
}

export function columnsOf(columns: readonly BoardColumnResponse[]): BoardColumn[] {
  return columns.map((column) => ({
    step: column.step,
    count: column.count,
    cards: column.applications,
    hasMore: column.hasMore,
    pagesLoaded: 1,
  }));
}

export function findCard(columns: readonly BoardColumn[], cardId: string): CardOrigin | null {
  for (const column of columns) {
    const index = column.cards.findIndex((card) => card.id === cardId);
    if (index >= 0) return { card: column.cards[index], stepKey: column.step.key, index };
  }
  return null;
}

const without = (column: BoardColumn, cardId: string): BoardColumn => {
  const cards = column.cards.filter((card) => card.id !== cardId);
  return cards.length === column.cards.length ? column : { ...column, cards, count: Math.max(0, column.count - 1) };
};

/**
 * The board with a card moved to the top of another column, counts following, before the API has answered:
 * the card shows where it is going at once. `card` replaces the moved one (e.g. with the step it is in now).
 */
export function placeCard(
  columns: readonly BoardColumn[],
  card: ApplicationCardResponse,
  toKey: string,
  index = 0,
): BoardColumn[] {
  return columns.map((column) => {
    const rest = without(column, card.id);
    if (column.step.key !== toKey) return rest;
    const cards = [...rest.cards];
    cards.splice(Math.min(index, cards.length), 0, card);
    return { ...rest, cards, count: rest.count + 1 };
  });
}

/** The board with a card put back where it was before a move that did not happen. */
export function restoreCard(columns: readonly BoardColumn[], origin: CardOrigin): BoardColumn[] {
  return placeCard(columns, origin.card, origin.stepKey, origin.index);
}

/** The board with a column's next page added, skipping cards it already shows (moves shift the pages). */
export function appendPage(
  columns: readonly BoardColumn[],
  stepKey: string,
  cards: readonly ApplicationCardResponse[],
  hasMore: boolean,
): BoardColumn[] {
  return columns.map((column) => {
    if (column.step.key !== stepKey) return column;
    const shown = new Set(column.cards.map((card) => card.id));
    return {
      ...column,
      cards: [...column.cards, ...cards.filter((card) => !shown.has(card.id))],
      hasMore,
      pagesLoaded: column.pagesLoaded + 1,
    };
  });
}
