import { PROBLEM_CODES, ROLES } from '@referrals/contracts';
import { SETTING_KEYS } from '@referrals/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMING_SOON_AREAS, SHELL_AREAS } from '../../shell/navigation';
import { SETTING_GROUPS } from '../../settings/setting-groups';

type Tree = { [key: string]: string | Tree };

function load(locale: string): Tree {
  return JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n', `${locale}.json`), 'utf8')) as Tree;
}

/** Every leaf as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

const en = flatten(load('en'));
const nl = flatten(load('nl'));

describe('translations', () => {
  it('have exactly the same keys in English and Dutch', () => {
    const onlyEnglish = [...en.keys()].filter((key) => !nl.has(key));
    const onlyDutch = [...nl.keys()].filter((key) => !en.has(key));
    expect({ onlyEnglish, onlyDutch }).toEqual({ onlyEnglish: [], onlyDutch: [] });
  });

  it('have no empty texts', () => {
    const empty = [...en, ...nl].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...en].filter(([key, text]) => placeholders(text).join() !== placeholders(nl.get(key) ?? '').join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('explain every problem code the API can answer', () => {
    const missing = PROBLEM_CODES.filter((code) => !en.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });

  it('name every role', () => {
    expect(ROLES.filter((role) => !en.has(`roles.${role}`))).toEqual([]);
  });

  it('label and explain every setting', () => {
    const missing = SETTING_KEYS.flatMap((key) =>
      [`settings.fields.${key}.label`, `settings.fields.${key}.hint`].filter((path) => !en.has(path)),
    );
    expect(missing).toEqual([]);
    expect(SETTING_GROUPS.filter((group) => !en.has(`settings.groups.${group.id}`))).toEqual([]);
  });

  it('label every navigation entry and describe every coming area', () => {
    expect(SHELL_AREAS.filter((area) => !en.has(area.labelKey))).toEqual([]);
    expect(COMING_SOON_AREAS.filter((id) => !en.has(`comingSoon.areas.${id}`))).toEqual([]);
  });
});
