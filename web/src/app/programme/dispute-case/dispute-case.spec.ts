import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { DisputeCaseResponse } from '@referrals/contracts';
import { of } from 'rxjs';
import { disputeCase } from '../testing/programme-fixtures';
import { DisputeCase } from './dispute-case';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

async function render(dispute: DisputeCaseResponse, confirmed = true) {
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(confirmed) })) };
  TestBed.configureTestingModule({
    imports: [
      DisputeCase,
      translocoInEnglish(),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  // The dialog is Material's; what matters here is what it is asked and what happens after the answer.
  TestBed.overrideProvider(MatDialog, { useValue: dialog });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(DisputeCase);
  fixture.componentRef.setInput('dispute', dispute);
  const decided: DisputeCaseResponse[] = [];
  fixture.componentInstance.decided.subscribe((item) => decided.push(item));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const chooseOutcome = async (value: 'upheld' | 'dismissed') => {
    element.querySelector<HTMLInputElement>(`mat-radio-button[value="${value}"] input`)?.click();
    await fixture.whenStable();
  };
  const giveReason = async (text: string) => {
    const textarea = element.querySelector('textarea');
    if (!textarea) throw new Error('no reason field');
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    textarea.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { backend, fixture, element, dialog, decided, chooseOutcome, giveReason, submit };
}

describe('DisputeCase', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it("shows both sides: the claim and the holder's referral", async () => {
    const { element } = await render(disputeCase());
    const text = element.textContent ?? '';
    expect(text).toContain('Daan Jansen');
    expect(text).toContain('I introduced Jan at the meetup in Utrecht on 3 February.');
    expect(text).toContain('Emma de Vries');
    expect(text).toContain('Former colleague');
    expect(text).toContain('Built our billing system with me for three years.');
    expect(text).toContain('Uphold: ownership and credit move to Daan Jansen');
    expect(text).toContain('Dismiss: Emma de Vries keeps the candidate');
  });

  it('says when the candidate applied directly', async () => {
    const { element } = await render(
      disputeCase({
        holder: {
          kind: 'direct_application',
          referrer: null,
          submittedAt: '2025-03-04T08:00:00.000Z',
          vacancy: null,
          relationship: null,
          motivation: null,
        },
      }),
    );
    expect(element.textContent).toContain('The candidate applied directly on 4 Mar 2025');
  });

  it('asks for an outcome and a reason before anything else', async () => {
    const { element, dialog, submit } = await render(disputeCase());
    await submit();
    expect(dialog.open).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Choose whether to uphold or dismiss the claim.');
    expect(element.textContent).toContain('Give a reason of 5 to 2000 characters.');
  });

  it('records an upheld claim after confirmation and shows who decided', async () => {
    const { backend, fixture, element, dialog, decided, chooseOutcome, giveReason, submit } = await render(disputeCase());
    await chooseOutcome('upheld');
    await giveReason('  Daan sent the CV to recruiting a week earlier.  ');
    await submit();

    expect(dialog.open).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        data: expect.objectContaining({
          title: 'Uphold this claim?',
          message: 'Jan Bos and any referral bonus move to Daan Jansen. This cannot be undone.',
        }),
      }),
    );
    const request = backend.expectOne('/api/disputes/d-1/decision');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ outcome: 'upheld', reason: 'Daan sent the CV to recruiting a week earlier.' });
    const answer = disputeCase({
      status: 'upheld',
      decidedAt: '2025-03-12T14:05:00.000Z',
      decisionReason: 'Daan sent the CV to recruiting a week earlier.',
      decidedBy: { id: 'u-anna', displayName: 'Anna Smit' },
    });
    request.flush(answer);
    expect(decided).toEqual([answer]);

    fixture.componentRef.setInput('dispute', answer);
    await fixture.whenStable();
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).toContain('Upheld by Anna Smit on 12 Mar 2025');
    expect(element.textContent).toContain('Daan sent the CV to recruiting a week earlier.');
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const { chooseOutcome, giveReason, submit, decided } = await render(disputeCase(), false);
    await chooseOutcome('dismissed');
    await giveReason('The holder referred first.');
    await submit();
    expect(decided).toEqual([]);
  });

  it('explains a refusal because someone decided first, or because HR is a party', async () => {
    const { backend, fixture, element, chooseOutcome, giveReason, submit } = await render(disputeCase());
    await chooseOutcome('dismissed');
    await giveReason('The holder referred first.');
    await submit();
    backend
      .expectOne('/api/disputes/d-1/decision')
      .flush({ type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(element.textContent).toContain('Someone decided this dispute in the meantime.');

    TestBed.resetTestingModule();
    const second = await render(disputeCase());
    await second.chooseOutcome('dismissed');
    await second.giveReason('The holder referred first.');
    await second.submit();
    second.backend
      .expectOne('/api/disputes/d-1/decision')
      .flush({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    await second.fixture.whenStable();
    expect(second.element.textContent).toContain('You are one of the parties in this dispute');
  });
});
