import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ProgrammeVersionResponse } from '@referrals/contracts';
import { currentProgramme } from '../testing/programme-fixtures';
import { PublishForm } from './publish-form';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

async function render() {
  TestBed.configureTestingModule({
    imports: [
      PublishForm,
      translocoInEnglish(),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PublishForm);
  fixture.componentRef.setInput('current', currentProgramme());
  const published: ProgrammeVersionResponse[] = [];
  fixture.componentInstance.published.subscribe((version) => published.push(version));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const field = (name: string) => element.querySelector<HTMLTextAreaElement>(`textarea[data-field="${name}"]`);
  const fieldOf = (name: string) => field(name)?.closest('mat-form-field');
  const type = async (name: string, value: string) => {
    const input = field(name);
    if (!input) throw new Error(`no field ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const confirm = async () => {
    element.querySelector<HTMLInputElement>('[data-field="everyoneAcceptsAgain"] input')?.click();
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { backend, fixture, element, field, fieldOf, type, confirm, submit, published };
}

describe('PublishForm', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('starts from the current Markdown and leaves Dutch empty where it only repeats the English', async () => {
    const { field } = await render();
    expect(field('rulesEn')?.value).toBe('# Rules\n\n## Who can take part');
    expect(field('rulesNl')?.value).toBe('# Regels\n\n## Wie doet er mee');
    expect(field('faqEn')?.value).toBe('## When is the bonus paid?');
    expect(field('faqNl')?.value).toBe('');
    expect(field('changeSummary')?.value).toBe('');
  });

  it('publishes the texts, leaving out an empty Dutch document', async () => {
    const { backend, type, confirm, submit, published } = await render();
    await type('rulesEn', '# Rules\n\nAt most 5 referrals a day from now on.');
    await type('changeSummary', '  Daily limit lowered to 5.  ');
    await confirm();
    await submit();

    const request = backend.expectOne('/api/programme');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      rulesEn: '# Rules\n\nAt most 5 referrals a day from now on.',
      faqEn: '## When is the bonus paid?',
      rulesNl: '# Regels\n\n## Wie doet er mee',
      changeSummary: 'Daily limit lowered to 5.',
    });
    const version = { ...currentProgramme(), version: 4 };
    request.flush(version, { status: 201, statusText: 'Created' });
    expect(published).toEqual([version]);
  });

  it('explains what is missing before sending anything', async () => {
    const { element, fieldOf, type, submit } = await render();
    await type('rulesEn', 'Too short');
    await submit();

    expect(fieldOf('rulesEn')?.textContent).toContain('Write the rules in English: 20 to 50,000 characters.');
    expect(fieldOf('changeSummary')?.textContent).toContain('Say in 3 to 500 characters what changed.');
    expect(element.textContent).toContain('Confirm that everyone will have to accept the new version.');
    expect(fieldOf('faqEn')?.querySelector('mat-error')).toBeNull();
  });

  it('marks the fields the API refused', async () => {
    const { backend, fixture, fieldOf, type, confirm, submit, published } = await render();
    await type('changeSummary', 'New rules');
    await confirm();
    await submit();

    backend.expectOne('/api/programme').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'faqNl', message: 'faqNl must be shorter than or equal to 50000 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(fieldOf('faqNl')?.textContent).toContain('Use at most 50,000 characters.');
    expect(fieldOf('rulesEn')?.querySelector('mat-error')).toBeNull();
    expect(published).toEqual([]);
  });
});
