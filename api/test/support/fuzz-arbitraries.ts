import type { INestApplication } from '@nestjs/common';
import { ParseIntPipe, ParseUUIDPipe } from '@nestjs/common';
import { INTERCEPTORS_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { SETTING_DEFINITIONS, type SettingDefinition } from '@referrals/domain';
import type { AppRoute } from './app-routes';

type DtoClass = new (...args: never[]) => object;

/** What a route takes, read from its handler's Nest metadata, so a new route is fuzzed with its own shape. */
export interface RouteInputs {
  /** Path parameters in the order of the path, with what the handler expects. */
  params: { name: string; kind: 'uuid' | 'int' | 'string' }[];
  /** The `@Query()` DTO, or the single keys read with `@Query('key')`. */
  queryDto: DtoClass | null;
  queryKeys: string[];
  /** The `@Body()` DTO; `'untyped'` for a body the service checks itself (settings, SAML forms). */
  bodyDto: DtoClass | 'untyped' | null;
  /** A file interceptor is on the route: the body is multipart. */
  multipart: boolean;
}

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

function controllerClass(app: INestApplication, name: string): DtoClass {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (wrapper.metatype && wrapper.metatype.name === name) return wrapper.metatype as DtoClass;
    }
  }
  throw new Error(`No controller ${name}`);
}

const isDto = (type: unknown): type is DtoClass =>
  typeof type === 'function' && ![Object, String, Number, Boolean, Array].includes(type as never) && getMetadataStorage().getTargetValidationMetadatas(type as DtoClass, '', true, false).length > 0;

function pipeKind(pipes: unknown[] | undefined): 'uuid' | 'int' | 'string' {
  const has = (pipe: unknown) => (pipes ?? []).some((given) => given === pipe || given instanceof (pipe as DtoClass));
  if (has(ParseUUIDPipe)) return 'uuid';
  if (has(ParseIntPipe)) return 'int';
  return 'string';
}

export function routeInputs(app: INestApplication, route: AppRoute): RouteInputs {
  const controller = controllerClass(app, route.controller);
  const handler = (controller.prototype as Record<string, object>)[route.handler];
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, route.handler) ?? {}) as Record<string, RouteArgument>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, route.handler) ?? []) as unknown[];
  const interceptors = (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[];
  const names = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
  const paramKinds = new Map<string, 'uuid' | 'int' | 'string'>();
  const inputs: RouteInputs = { params: [], queryDto: null, queryKeys: [], bodyDto: null, multipart: interceptors.length > 0 };
  for (const [key, argument] of Object.entries(args)) {
    const paramtype = Number(key.split(':')[0]);
    const type = types[argument.index];
    if (paramtype === RouteParamtypes.PARAM) {
      if (typeof argument.data === 'string') paramKinds.set(argument.data, pipeKind(argument.pipes));
    } else if (paramtype === RouteParamtypes.QUERY) {
      if (typeof argument.data === 'string') inputs.queryKeys.push(argument.data);
      else if (isDto(type)) inputs.queryDto = type;
    } else if (paramtype === RouteParamtypes.BODY) {
      inputs.bodyDto = isDto(type) ? type : 'untyped';
    }
  }
  inputs.params = names.map((name) => ({ name, kind: paramKinds.get(name) ?? 'string' }));
  return inputs;
}

// ---------------------------------------------------------------------------------------------------------
// Strings that have broken servers before.

/** A lone surrogate cannot be encoded as UTF-8; JSON can carry it as an escape. */
const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83dz'];
export const EDGE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'nul\u0000inside',
  '\u202eevil\u202c',
  '\u200f\u200e\u061c',
  'zero\u200bwidth\ufeff',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'e\u0301\u0301\u0301',
  '../../etc/passwd',
  '..\\..\\windows',
  '%00',
  '%',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '\r\nSet-Cookie: x=1',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  ...LONE_SURROGATES,
];

/** Long strings that still fit in a URL (Node refuses request heads past 16 KB before any app code runs). */
const urlSizedString = fc.constantFrom('a'.repeat(2_000), 'é'.repeat(1_500), '🙂'.repeat(700));

export const edgeString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: urlSizedString },
);

// ---------------------------------------------------------------------------------------------------------
// Path parameters.

export interface PathSegment {
  /** What goes into the URL as it is: already percent-encoded, or deliberately not. */
  raw: string;
}

/** Encodes what encodeURIComponent can; a lone surrogate becomes its (invalid) CESU-8 bytes. */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((char) => {
        try {
          return encodeURIComponent(char);
        } catch {
          const code = char.charCodeAt(0);
          return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
        }
      })
      .join('');
  }
}

export function pathSegment(kind: 'uuid' | 'int' | 'string', existingIds: readonly string[]): fc.Arbitrary<PathSegment> {
  const meaningful =
    kind === 'int'
      ? fc.oneof(fc.integer({ min: -5, max: 5 }).map(String), fc.constantFrom('2147483648', '99999999999999999999', '1e3', '0x10', '1.5', '-0'))
      : kind === 'uuid'
        ? fc.oneof(fc.uuid(), fc.constantFrom(...existingIds), fc.uuid().map((id) => id.toUpperCase()), fc.uuid().map((id) => `{${id}}`))
        : fc.oneof(fc.constantFrom('en', 'nl', 'referral_received', 'someone@mail.example'), fc.emailAddress());
  return fc.oneof(
    { weight: 3, arbitrary: meaningful.map((value) => ({ raw: encodeSegment(value) })) },
    { weight: 3, arbitrary: edgeString.map((value) => ({ raw: encodeSegment(value) })) },
    // Sent as they are: malformed percent-escapes, a traversal, an encoded slash.
    { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%ED%A0%80', '..', '..%2F..%2Fapi%2Fme', '%2e%2e', 'a;b=c').map((raw) => ({ raw })) },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Values for DTO fields: valid ones, read from class-validator's metadata, and wrong ones.

interface FieldRule {
  name: string;
  constraints: unknown[];
  each: boolean;
}

function fieldRules(dto: DtoClass): Map<string, FieldRule[]> {
  const rules = new Map<string, FieldRule[]>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const name = meta.type === 'customValidation' ? (meta.name ?? 'custom') : meta.type;
    const list = rules.get(meta.propertyName) ?? [];
    list.push({ name, constraints: meta.constraints ?? [], each: meta.each ?? false });
    rules.set(meta.propertyName, list);
  }
  return rules;
}

function stringWithin(min: number, max: number): fc.Arbitrary<string> {
  const upper = Math.min(max, 60);
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, upper) }),
    fc.constantFrom(...EDGE_STRINGS).map((edge) => (edge + 'x'.repeat(min)).slice(0, Math.max(min, Math.min(max, edge.length + min)))),
    fc.constant('y'.repeat(Math.min(max, 20_000))),
  );
}

/** A value that passes the field's declared rules (as far as they can be read), with awkward content where allowed. */
function validFieldValue(dto: DtoClass, property: string, rules: FieldRule[], depth: number): fc.Arbitrary<unknown> {
  const rule = (name: string) => rules.find((candidate) => candidate.name === name);
  const isArray = Boolean(rule('isArray')) || rules.some((candidate) => candidate.each);
  const maxItems = Number(rule('arrayMaxSize')?.constraints[0] ?? 5);
  const minItems = Number(rule('arrayMinSize')?.constraints[0] ?? 0);
  let single: fc.Arbitrary<unknown>;
  const nested = rules.some((candidate) => candidate.name === 'nestedValidation');
  const typeMeta = defaultMetadataStorage.findTypeMetadata(dto, property);
  const [equals, isIn, matches] = [rule('equals'), rule('isIn'), rule('matches')];
  if (nested && typeMeta && depth < 3) {
    single = validBody(typeMeta.typeFunction() as DtoClass, depth + 1);
  } else if (equals) {
    single = fc.constant(equals.constraints[0]);
  } else if (isIn) {
    single = fc.constantFrom(...(isIn.constraints[0] as unknown[]));
  } else if (rule('isUuid')) {
    single = fc.uuid({ version: 4 });
  } else if (rule('isBoolean')) {
    single = fc.boolean();
  } else if (rule('isInt') || rule('isNumber') || rule('min') || rule('max')) {
    const min = Number(rule('min')?.constraints[0] ?? -1_000);
    const max = Number(rule('max')?.constraints[0] ?? 2 ** 40);
    single = fc.oneof(fc.constantFrom(min, max), fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) }));
  } else if (rule('isEmail')) {
    single = fc.emailAddress();
  } else if (rule('isIso8601')) {
    single = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  } else if (matches) {
    // fast-check cannot generate for the `i` flag; the pattern's own case is one the regex accepts.
    const pattern = matches.constraints[0] as RegExp;
    single = fc.stringMatching(new RegExp(pattern.source, pattern.flags.replace('i', ''))).filter((value) => value.length <= 300);
  } else {
    const length = rule('isLength')?.constraints ?? [];
    const min = Number(length[0] ?? rule('minLength')?.constraints[0] ?? 0);
    const max = Number(length[1] ?? rule('maxLength')?.constraints[0] ?? 200);
    single = stringWithin(min, max);
  }
  return isArray ? fc.array(single, { minLength: minItems, maxLength: Math.min(maxItems, 20) }) : single;
}

/** A body the DTO accepts, with optional fields sometimes left out. */
export function validBody(dto: DtoClass, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const rules = fieldRules(dto);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [property, list] of rules) {
    record[property] = validFieldValue(dto, property, list, depth);
    if (!list.some((candidate) => candidate.name === 'conditionalValidation')) required.push(property);
  }
  return fc.record(record, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

/** A JSON value nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number, shape: 'object' | 'array'): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = shape === 'object' ? { a: value } : [value];
  return value;
}

const PROTOTYPE_POLLUTION: readonly Record<string, unknown>[] = [
  JSON.parse('{"__proto__": {"isAdmin": true, "roles": ["admin"]}}'),
  JSON.parse('{"constructor": {"prototype": {"isAdmin": true}}}'),
  { prototype: { polluted: true } },
  JSON.parse('{"__proto__": null}'),
];

/** Values of the wrong kind for any field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -0, '', [], {}, [null], ['a', 'b'], { nested: { deeper: true } }),
  edgeString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(...PROTOTYPE_POLLUTION),
  fc.constantFrom(200, 1_000).map((depth) => deeplyNested(depth, 'object')),
  fc.constant(deeplyNested(1_000, 'array')),
  fc.constant('z'.repeat(600_000)),
  fc.jsonValue({ maxDepth: 3 }),
);

// ---------------------------------------------------------------------------------------------------------
// Whole requests.

export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string; text: string | Buffer }
  | { kind: 'multipart'; fields: [string, string][]; files: { field: string; name: string; data: Buffer; contentType?: string }[] };

/** JSON text and bodies that no JSON parser should accept, and bodies of the wrong type. */
const rawBody: fc.Arbitrary<FuzzBody> = fc.oneof(
  fc.constantFrom(
    '{"a":',
    '{',
    ']',
    "{'single': 'quotes'}",
    '{"trailing": 1,}',
    'NaN',
    '\u0000',
    '{"a": "\\ud800"}',
    '{"a": 1e99999}',
    '\ufeff{"bom": true}',
    '{"__proto__": {"x": 1}, "__proto__": {"y": 2}}',
    `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
    'x'.repeat(1_200_000),
    `{"big": "${'b'.repeat(1_100_000)}"}`,
  ).map((text): FuzzBody => ({ kind: 'raw', contentType: 'application/json', text })),
  fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/json; charset=bogus',
        'multipart/form-data',
        'multipart/form-data; boundary=xyz',
        'application/octet-stream',
        'image/png',
        '',
        '*/*',
        'application/json, text/plain',
      ),
      fc.constantFrom('{"a":1}', 'a=1&a=2&a[b][c]=3&__proto__[x]=1', `${'k=v&'.repeat(2_000)}`, '<x/>', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n', '\u0000\u0001\u0002'),
    )
    .map(([contentType, text]): FuzzBody => ({ kind: 'raw', contentType, text })),
);

function bodyAround(valid: fc.Arbitrary<Record<string, unknown>>, fields: readonly string[]): fc.Arbitrary<FuzzBody> {
  const json = (value: unknown): FuzzBody => ({ kind: 'json', value });
  const withWrongField =
    fields.length > 0
      ? fc.tuple(valid, fc.constantFrom(...fields), wrongValue).map(([body, field, value]) => json({ ...body, [field]: value }))
      : wrongValue.map((value) => json({ value }));
  const withNullField = fields.length > 0 ? fc.tuple(valid, fc.constantFrom(...fields)).map(([body, field]) => json({ ...body, [field]: null })) : fc.constant(json({}));
  const withExtraFields = fc
    .tuple(valid, fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'isAdmin', 'roles', ''), edgeString), wrongValue, { minKeys: 1, maxKeys: 3 }))
    .map(([body, extra]) => {
      const merged: Record<string, unknown> = { ...body };
      for (const [key, value] of Object.entries(extra)) Object.defineProperty(merged, key, { value, enumerable: true, configurable: true, writable: true });
      return json(merged);
    });
  return fc.oneof(
    { weight: 2, arbitrary: valid.map(json) },
    { weight: 5, arbitrary: withWrongField },
    { weight: 1, arbitrary: withNullField },
    { weight: 2, arbitrary: withExtraFields },
    { weight: 2, arbitrary: wrongValue.map(json) },
    { weight: 2, arbitrary: rawBody },
    { weight: 1, arbitrary: fc.constant<FuzzBody>({ kind: 'none' }) },
  );
}

/** Example values for the settings body, which has no DTO: the definitions in libs/domain say what is valid. */
function validSettingsPatch(): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, definition] of Object.entries(SETTING_DEFINITIONS) as [string, SettingDefinition][]) {
    if (definition.kind === 'integer') record[key] = fc.integer({ min: definition.min, max: definition.max });
    else if (definition.kind === 'boolean') record[key] = fc.boolean();
    else record[key] = fc.constantFrom(...definition.choices);
  }
  return fc.record(record, { requiredKeys: [] });
}

function multipartAround(valid: fc.Arbitrary<Record<string, unknown>>, fields: readonly string[]): fc.Arbitrary<FuzzBody> {
  const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');
  const file = fc.record({
    field: fc.constantFrom('cv', 'file', 'cv[]', 'other'),
    name: fc.oneof(fc.constantFrom('cv.pdf', 'cv.docx', 'a.exe', '../../../etc/passwd', '', 'x'.repeat(400)), edgeString),
    data: fc.constantFrom(Buffer.from('%PDF-1.4\n%%EOF\n'), Buffer.from('MZ\x90\x00'), Buffer.alloc(0), Buffer.from('bonus_id\r\nnot-an-id\r\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    contentType: fc.constantFrom('application/pdf', 'application/octet-stream', 'text/csv', 'image/png'),
  });
  return fc
    .tuple(valid, fields.length > 0 ? fc.option(fc.tuple(fc.constantFrom(...fields), wrongValue)) : fc.constant(null), fc.array(fc.tuple(edgeString, edgeString), { maxLength: 2 }), fc.array(file, { maxLength: 2 }))
    .map(([body, wrong, extra, files]): FuzzBody => {
      const all: Record<string, unknown> = { ...body, ...(wrong ? { [wrong[0]]: wrong[1] } : {}) };
      const entries: [string, string][] = Object.entries(all).map(([key, value]) => [key, text(value)]);
      return { kind: 'multipart', fields: [...entries, ...extra.filter(([key]) => key.length > 0)], files };
    });
}

/** Every body a route is fuzzed with, shaped by what it takes. */
export function fuzzBody(inputs: RouteInputs, routeKey: string): fc.Arbitrary<FuzzBody> {
  if (inputs.bodyDto === null) return fc.oneof({ weight: 3, arbitrary: fc.constant<FuzzBody>({ kind: 'none' }) }, { weight: 1, arbitrary: bodyAround(fc.constant({}), []) });
  if (inputs.bodyDto === 'untyped') {
    if (routeKey === 'PATCH /api/settings') return bodyAround(validSettingsPatch(), Object.keys(SETTING_DEFINITIONS));
    // SAML forms (the ACS, the development IdP's answer): garbage form fields and garbage bodies.
    const form = fc
      .dictionary(fc.oneof(fc.constantFrom('SAMLResponse', 'SAMLRequest', 'RelayState', 'user', '__proto__'), edgeString), fc.oneof(edgeString, fc.base64String({ maxLength: 400 }), fc.constant('PHNhbWxwOlJlc3BvbnNlLz4=')), { maxKeys: 4 })
      .map((fields): FuzzBody => ({ kind: 'raw', contentType: 'application/x-www-form-urlencoded', text: new URLSearchParams(Object.entries(fields)).toString() }));
    return fc.oneof({ weight: 3, arbitrary: form }, { weight: 1, arbitrary: bodyAround(fc.constant({}), []) });
  }
  const fields = [...fieldRules(inputs.bodyDto).keys()];
  const valid = validBody(inputs.bodyDto);
  return inputs.multipart ? fc.oneof({ weight: 3, arbitrary: multipartAround(valid, fields) }, { weight: 1, arbitrary: bodyAround(valid, fields) }) : bodyAround(valid, fields);
}

/** A query string (without `?`): the DTO's own keys with valid and wrong values, arrays, nesting, repeats. */
export function fuzzQuery(inputs: RouteInputs): fc.Arbitrary<string> {
  const keys = inputs.queryDto ? [...fieldRules(inputs.queryDto).keys()] : inputs.queryKeys;
  const known = keys.length > 0 ? fc.constantFrom(...keys) : fc.constantFrom('page', 'q');
  const validValues = inputs.queryDto ? validBody(inputs.queryDto).map((body) => Object.entries(body).map(([key, value]) => [key, String(value)] as [string, string])) : fc.constant([] as [string, string][]);
  const value = fc.oneof(
    edgeString,
    fc.constantFrom('NaN', '-1', '0', '1e999', '99999999999999999999999', '2147483648', '1.5', '', '[]', '{}', 'null', 'undefined'),
    fc.integer().map(String),
  );
  const key = fc.oneof(known, known.map((name) => `${name}[]`), known.map((name) => `${name}[b][c]`), fc.constantFrom('__proto__', 'constructor[prototype][x]', '__proto__[admin]', 'a[b][c][d][e][f]'), edgeString);
  const enc = (text: string) => encodeSegment(text);
  return fc
    .tuple(validValues, fc.array(fc.tuple(key, value), { maxLength: 4 }), fc.boolean())
    .map(([valid, extra, repeatFirst]) => {
      const pairs = [...valid, ...extra];
      if (repeatFirst && pairs.length > 0) pairs.push(pairs[0]);
      // Brackets stay unencoded, as PHP-style clients send them.
      return pairs.map(([k, v]) => `${enc(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${enc(v)}`).join('&');
    });
}
