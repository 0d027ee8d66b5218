import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { defaultSettings, type Settings } from '@referrals/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { of, throwError } from 'rxjs';
import { SettingsApi } from '../settings-api';
import { SettingsPage } from './settings-page';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/en.json'), 'utf8'));

async function render(update: jest.Mock) {
  const api = { load: jest.fn(() => of({ values: defaultSettings() })), update };
  TestBed.configureTestingModule({
    imports: [
      SettingsPage,
      TranslocoTestingModule.forRoot({
        langs: { en },
        translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        preloadLangs: true,
      }),
    ],
    providers: [{ provide: SettingsApi, useValue: api }],
  });
  const fixture = TestBed.createComponent(SettingsPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector<HTMLInputElement>('input[data-setting="maxReferralsPerDay"]');
  if (!input) throw new Error('no field for maxReferralsPerDay');
  const change = async (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const save = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const fieldOf = (key: string) => element.querySelector(`[data-setting="${key}"]`)?.closest('mat-form-field');
  return { api, element, change, save, fieldOf };
}

describe('SettingsPage', () => {
  it('builds a labelled field for every setting from the definitions', async () => {
    const { element } = await render(jest.fn());
    expect(element.querySelectorAll('[data-setting]')).toHaveLength(Object.keys(defaultSettings()).length);
    expect(element.textContent).toContain('Referrals per day');
    expect(element.textContent).toContain('Currently €250.00.');
  });

  it('sends only the changed value', async () => {
    const update = jest.fn((changes: Partial<Settings>) => of({ values: { ...defaultSettings(), ...changes } }));
    const { change, save } = await render(update);
    await change('11');
    await save();
    expect(update).toHaveBeenCalledWith({ maxReferralsPerDay: 11 });
  });

  it('explains a value outside the range before sending anything', async () => {
    const update = jest.fn();
    const { change, save, fieldOf } = await render(update);
    await change('5000');
    await save();
    expect(update).not.toHaveBeenCalled();
    expect(fieldOf('maxReferralsPerDay')?.textContent).toContain('Enter a whole number from 1 to 1000.');
  });

  it('shows the field errors of a refused save next to their fields', async () => {
    const refusal = new HttpErrorResponse({
      status: 400,
      error: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'maxReferralsPerDay', message: 'must be between 1 and 1000' }],
      },
    });
    const { change, save, fieldOf } = await render(jest.fn(() => throwError(() => refusal)));
    await change('12');
    await save();
    expect(fieldOf('maxReferralsPerDay')?.textContent).toContain('Enter a whole number from 1 to 1000.');
    expect(fieldOf('maxReferralsPer30Days')?.querySelector('mat-error')).toBeNull();
  });
});
