import 'reflect-metadata';
import { editorLanguageOf } from './editor-language';

describe('editorLanguageOf', () => {
  it('takes the most preferred supported language', () => {
    expect(editorLanguageOf('nl')).toBe('nl');
    expect(editorLanguageOf('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(editorLanguageOf('de-DE,de;q=0.9,nl;q=0.5,en;q=0.4')).toBe('nl');
    expect(editorLanguageOf('en;q=0.5, nl;q=0.8')).toBe('nl');
  });

  it('answers English when nothing supported is asked for', () => {
    expect(editorLanguageOf(undefined)).toBe('en');
    expect(editorLanguageOf('fr, de')).toBe('en');
    expect(editorLanguageOf('nl;q=0')).toBe('en');
  });
});
