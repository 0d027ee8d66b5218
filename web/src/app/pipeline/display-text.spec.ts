import { displayTextOf } from './display-text';

describe('displayTextOf', () => {
  it('translates keys and keeps typed texts as they are', () => {
    const translate = (key: string) => `<${key}>`;
    expect(displayTextOf({ key: 'pipeline.stages.new' }, translate)).toBe('<pipeline.stages.new>');
    expect(displayTextOf({ text: 'pipeline.stages.new' }, translate)).toBe('pipeline.stages.new');
  });
});
