import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_MOVE_REFUSALS, moveProblemOf, refusalMessageKey } from './move-problem';

const problem = (code: string, status: number, extensions: Record<string, unknown> = {}) => ({
  type: 'about:blank',
  title: 'x',
  status,
  code,
  ...extensions,
});

describe('moveProblemOf', () => {
  it('reads the current state from a 409', () => {
    const current = { id: 'a1', version: 4, stepKey: 'offer', stage: 'offer', stageEnteredAt: '2025-03-01T09:00:00Z' };
    expect(moveProblemOf(problem('conflict', 409, { current }))).toEqual({ kind: 'conflict', current });
    expect(moveProblemOf(problem('conflict', 409))).toEqual({ kind: 'conflict', current: null });
  });

  it('reads the domain’s refusal from a 422, and tolerates one it does not know', () => {
    expect(moveProblemOf(problem('invalid_transition', 422, { refusal: 'hire_is_final' }))).toEqual({
      kind: 'refused',
      refusal: 'hire_is_final',
    });
    expect(moveProblemOf(problem('invalid_transition', 422, { refusal: 'moon_phase' }))).toEqual({
      kind: 'refused',
      refusal: null,
    });
  });

  it('leaves anything else to the general error message', () => {
    expect(moveProblemOf(problem('forbidden', 403))).toEqual({ kind: 'other' });
    expect(moveProblemOf('<html>Bad gateway</html>')).toEqual({ kind: 'other' });
  });
});

describe('refusalMessageKey', () => {
  it('says why when the API said why', () => {
    expect(refusalMessageKey('reason_required')).toBe('pipeline.refusals.reason_required');
    expect(refusalMessageKey(null)).toBe('errors.invalid_transition');
  });
});

describe('refusal texts', () => {
  it('explain every refusal the web knows, in both languages', () => {
    for (const locale of ['en', 'nl']) {
      const texts = JSON.parse(readFileSync(join(__dirname, `../../../public/i18n/${locale}.json`), 'utf8'));
      expect(KNOWN_MOVE_REFUSALS.filter((refusal) => !texts.pipeline.refusals[refusal])).toEqual([]);
    }
  });
});
