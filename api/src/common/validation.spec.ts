import { IsOptional, IsString } from 'class-validator';
import { AppError } from './app-error';
import { createValidationPipe } from './validation';

class NoteDto {
  @IsString() text!: string;
  @IsOptional() tags?: unknown;
}

describe('the request validation pipe', () => {
  const pipe = createValidationPipe();

  it('refuses a NUL character in a field, which PostgreSQL cannot store in text', async () => {
    const refusal = await pipe.transform({ text: 'hello\u0000world' }, { type: 'body', metatype: NoteDto }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).errors).toEqual([{ field: 'text', message: 'must not contain NUL characters' }]);
  });

  it('refuses nesting deeper than any DTO has, before recursive code could overflow the stack', async () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 200_000; level += 1) deep = [deep];
    const refusal = await pipe.transform({ text: 'x', tags: deep }, { type: 'body', metatype: NoteDto }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).errors?.[0].message).toContain('nested');
    await expect(pipe.transform({ text: 'x', tags: [[[{ a: [1] }]]] }, { type: 'body', metatype: NoteDto })).resolves.toMatchObject({ text: 'x' });
  });

  it('finds a NUL in a key and in path parameters', async () => {
    await expect(pipe.transform({ text: 'x', tags: { ['a\u0000']: 1 } }, { type: 'body', metatype: NoteDto })).rejects.toBeInstanceOf(AppError);
    await expect(pipe.transform('a\u0000b', { type: 'param', data: 'address', metatype: String })).rejects.toBeInstanceOf(AppError);
  });

  it('refuses half a surrogate pair, which is no character and which jsonb refuses', async () => {
    for (const text of ['\ud800', 'a\udfffb', 'end\ud83d']) {
      await expect(pipe.transform({ text }, { type: 'body', metatype: NoteDto })).rejects.toBeInstanceOf(AppError);
    }
  });

  it('lets other awkward text through to the field rules', async () => {
    const text = '\u202e👩‍👩‍👧 \u200b\ufeff𝔘';
    await expect(pipe.transform({ text }, { type: 'body', metatype: NoteDto })).resolves.toMatchObject({ text });
  });
});
