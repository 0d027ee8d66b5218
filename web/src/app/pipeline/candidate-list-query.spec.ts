import { convertToParamMap } from '@angular/router';
import {
  candidateListFrom,
  candidateListParams,
  candidateListRequest,
  columnPageRequest,
  EMPTY_CANDIDATE_LIST_VIEW,
  isNarrowed,
} from './candidate-list-query';

const vacancyId = '0b8e1c7e-5f0c-4a53-9c55-2d7f7b1c9a10';

describe('candidate list query', () => {
  it('reads every filter from the address', () => {
    expect(
      candidateListFrom(
        convertToParamMap({
          vacancy: vacancyId,
          stage: 'interview',
          recruiter: 'me',
          stale: 'true',
          ended: 'true',
          q: '  jan ',
          page: '3',
        }),
      ),
    ).toEqual({ vacancyId, stage: 'interview', recruiter: 'me', stale: true, includeEnded: true, q: 'jan', page: 3 });
  });

  it('ignores values that are not filters rather than sending them to the API', () => {
    expect(
      candidateListFrom(
        convertToParamMap({ vacancy: 'drop table', stage: 'lunch', recruiter: 'someone', stale: 'yes', page: '-2' }),
      ),
    ).toEqual(EMPTY_CANDIDATE_LIST_VIEW);
  });

  it('writes a view back as a short address and reads it again unchanged', () => {
    const view = { ...EMPTY_CANDIDATE_LIST_VIEW, stage: 'offer' as const, stale: true, page: 2 };
    const params = candidateListParams(view);
    expect(params).toEqual({
      vacancy: null,
      stage: 'offer',
      recruiter: null,
      stale: 'true',
      ended: null,
      q: null,
      page: 2,
    });
    const present = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
    expect(candidateListFrom(convertToParamMap(present))).toEqual(view);
    expect(candidateListParams(EMPTY_CANDIDATE_LIST_VIEW)['page']).toBeNull();
  });

  it('knows when the list is narrowed', () => {
    expect(isNarrowed(EMPTY_CANDIDATE_LIST_VIEW)).toBe(false);
    expect(isNarrowed({ ...EMPTY_CANDIDATE_LIST_VIEW, page: 4 })).toBe(false);
    expect(isNarrowed({ ...EMPTY_CANDIDATE_LIST_VIEW, recruiter: 'me' })).toBe(true);
  });
});

describe('candidateListRequest', () => {
  it('asks the API only for what is set', () => {
    expect(candidateListRequest(EMPTY_CANDIDATE_LIST_VIEW)).toEqual({ page: 1, pageSize: 25 });
    expect(
      candidateListRequest({ ...EMPTY_CANDIDATE_LIST_VIEW, vacancyId, recruiter: 'me', stale: true, q: 'de vries', page: 2 }),
    ).toEqual({ vacancyId, recruiter: 'me', stale: true, q: 'de vries', page: 2, pageSize: 25 });
  });

  it('includes ended applications when asked, and whenever the chosen stage is one where they end', () => {
    expect(candidateListRequest({ ...EMPTY_CANDIDATE_LIST_VIEW, includeEnded: true })).toMatchObject({ includeEnded: true });
    expect(candidateListRequest({ ...EMPTY_CANDIDATE_LIST_VIEW, stage: 'rejected' })).toMatchObject({ includeEnded: true });
    expect(candidateListRequest({ ...EMPTY_CANDIDATE_LIST_VIEW, stage: 'screening' })).not.toHaveProperty('includeEnded');
  });
});

describe('columnPageRequest', () => {
  it('pages a column by its step key, ended columns included', () => {
    expect(columnPageRequest(vacancyId, 'case', 'interview', 2, 50)).toEqual({
      vacancyId,
      step: 'case',
      page: 2,
      pageSize: 50,
    });
    expect(columnPageRequest(vacancyId, 'hired', 'hired', 2, 50)).toMatchObject({ includeEnded: true });
  });
});
