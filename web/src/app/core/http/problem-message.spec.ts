import { PROBLEM_CODES, type ProblemDetails } from '@referrals/contracts';
import { problemMessageKey } from './problem-message';

const problem = (code: string, status = 400): ProblemDetails =>
  ({ type: 'about:blank', title: 'English title', status, code }) as ProblemDetails;

describe('problemMessageKey', () => {
  it.each(PROBLEM_CODES.map((code) => [code]))('translates the %s code by its key', (code) => {
    expect(problemMessageKey(400, problem(code))).toBe(`errors.${code}`);
  });

  it('goes by the code, not by the status or the English title', () => {
    expect(problemMessageKey(400, problem('csrf_invalid', 403))).toBe('errors.csrf_invalid');
  });

  it('falls back on the status when the body is not a problem document', () => {
    expect(problemMessageKey(404, '<html>Not Found</html>')).toBe('errors.not_found');
    expect(problemMessageKey(429, null)).toBe('errors.rate_limited');
    expect(problemMessageKey(502, null)).toBe('errors.internal_error');
    expect(problemMessageKey(503, null)).toBe('errors.service_unavailable');
  });

  it('ignores codes it does not know', () => {
    expect(problemMessageKey(418, problem('teapot', 418))).toBe('errors.unknown');
  });

  it('reports a request that never reached the server', () => {
    expect(problemMessageKey(0, new ProgressEvent('error'))).toBe('errors.network');
  });
});
