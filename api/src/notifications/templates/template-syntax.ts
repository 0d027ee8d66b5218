import Handlebars from 'handlebars';
import type { Locale } from '@referrals/contracts';
import { TEMPLATE_MESSAGES, type TemplateMessages } from './template-messages';
import type { TemplateScope } from './template-scope';

/** One thing wrong with a template, worded for the HR person who wrote it. */
export interface TemplateProblem {
  line: number;
  message: string;
}

const BLOCK_HELPERS = ['if', 'unless', 'each'] as const;
type BlockHelper = (typeof BLOCK_HELPERS)[number];

/**
 * Checks a template against the small language HR may use: `{{name}}` of the event's placeholders,
 * `{{#if}}`/`{{#unless}}`/`{{#each}}` with `{{else}}`, and comments. Everything else Handlebars offers
 * (unescaped output, partials, other helpers, paths into objects) is refused here, when the template is
 * saved, so that sending never meets a template that cannot render. Empty means the template is fine;
 * messages are in `language`, the editor's.
 */
export function checkTemplate(source: string, scope: TemplateScope, language: Locale = 'en'): TemplateProblem[] {
  const words = TEMPLATE_MESSAGES[language];
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    return [parseProblem(error, source, words)];
  }
  const problems: TemplateProblem[] = [];
  new TemplateWalker(scope, words, problems).program(program, null);
  return problems;
}

/** Where a name is looked up: the event's values, or the item of the list being repeated. */
type ListContext = string | null;
type Usage = 'value' | 'condition' | 'list';

class TemplateWalker {
  constructor(
    private readonly scope: TemplateScope,
    private readonly words: TemplateMessages,
    private readonly problems: TemplateProblem[],
  ) {}

  program(program: hbs.AST.Program | undefined, list: ListContext): void {
    for (const statement of program?.body ?? []) this.statement(statement, list);
  }

  private statement(node: hbs.AST.Statement, list: ListContext): void {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        return this.mustache(node as hbs.AST.MustacheStatement, list);
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement, list);
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return this.report(node, this.words.partial());
      default:
        return this.report(node, this.words.unsupported());
    }
  }

  private mustache(node: hbs.AST.MustacheStatement, list: ListContext): void {
    const shown = describe(node.path);
    if (!node.escaped) {
      this.report(node, this.words.unescaped(shown));
      return;
    }
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      this.report(node, this.words.extraWords(shown, this.example(list)));
      return;
    }
    this.name(node.path, list, 'value', node);
  }

  private block(node: hbs.AST.BlockStatement, list: ListContext): void {
    const helper = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : describe(node.path);
    if (!isBlockHelper(helper)) {
      const opened = node.program && !node.inverse ? `{{#${helper}}}` : `{{^${helper}}}`;
      this.report(node, this.words.blockNotAvailable(opened));
      return;
    }
    if (node.params.length !== 1 || (node.hash?.pairs.length ?? 0) > 0) {
      this.report(node, this.words.blockArity(helper, helper === 'each' ? this.firstList() : this.example(list)));
      return;
    }
    if ((node.program?.blockParams?.length ?? 0) > 0) {
      this.report(node, this.words.blockParams(helper));
      return;
    }
    const usage: Usage = helper === 'each' ? 'list' : 'condition';
    const param = node.params[0];
    const checked = this.name(param, list, usage, node);
    this.program(node.program, helper === 'each' && checked ? checked : list);
    this.program(node.inverse, list);
  }

  /** Checks one name where it is used; answers it when it is fine. */
  private name(expression: hbs.AST.Expression, list: ListContext, usage: Usage, at: hbs.AST.Node): string | null {
    const line = (expression.loc ?? at.loc).start.line;
    if (expression.type !== 'PathExpression') {
      this.problemAt(line, this.words.notBetweenBraces(describe(expression), this.example(list)));
      return null;
    }
    const path = expression as hbs.AST.PathExpression;
    if (path.data) {
      this.problemAt(line, this.words.dataVariable(path.original));
      return null;
    }
    if (path.depth > 0 || path.parts.length !== 1 || path.original.startsWith('this')) {
      this.problemAt(line, this.words.notSingleName(path.original, this.example(list)));
      return null;
    }
    const name = path.parts[0];
    if (list !== null) {
      const items = this.scope.lists[list] ?? [];
      if (items.includes(name)) return usage === 'list' ? this.notAList(line, name) : name;
      const message = this.scope.names.includes(name) ? this.words.onlyOutsideList(name, list, items) : this.words.notInList(name, list, items);
      this.problemAt(line, message);
      return null;
    }
    if (name in this.scope.lists) {
      if (usage === 'value') {
        this.problemAt(line, this.words.listAsValue(name));
        return null;
      }
      return name;
    }
    const inList = Object.entries(this.scope.lists).find(([, items]) => items.includes(name));
    if (inList) {
      this.problemAt(line, this.words.onlyInList(name, inList[0]));
      return null;
    }
    if (!this.scope.names.includes(name)) {
      this.problemAt(line, this.words.unknown(name, closest(name, this.allNames()), this.allNames()));
      return null;
    }
    return usage === 'list' ? this.notAList(line, name) : name;
  }

  private notAList(line: number, name: string): null {
    this.problemAt(line, this.words.notAList(name, Object.keys(this.scope.lists)));
    return null;
  }

  private allNames(): string[] {
    return [...this.scope.names, ...Object.values(this.scope.lists).flat()];
  }

  private example(list: ListContext): string {
    return (list !== null ? this.scope.lists[list]?.[0] : this.scope.names[0]) ?? 'name';
  }

  private firstList(): string {
    return Object.keys(this.scope.lists)[0] ?? 'list';
  }

  private report(node: hbs.AST.Node, message: string): void {
    this.problemAt(node.loc.start.line, message);
  }

  private problemAt(line: number, message: string): void {
    this.problems.push({ line, message: this.words.line(line, message) });
  }
}

function isBlockHelper(name: string): name is BlockHelper {
  return (BLOCK_HELPERS as readonly string[]).includes(name);
}

function describe(expression: hbs.AST.Expression): string {
  switch (expression.type) {
    case 'PathExpression':
      return (expression as hbs.AST.PathExpression).original;
    case 'StringLiteral':
      return `"${(expression as hbs.AST.StringLiteral).value}"`;
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return String((expression as hbs.AST.NumberLiteral).value);
    case 'SubExpression':
      return '(…)';
    default:
      return expression.type.replace('Literal', '').toLowerCase();
  }
}

/**
 * Handlebars' own messages name parser tokens ("Expecting 'ID', got 'INVALID'"); HR gets what went wrong
 * in words, with the line.
 */
function parseProblem(error: unknown, source: string, words: TemplateMessages): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /^Parse error on line (\d+):\n(.*)\n-*\^\n(.*)$/s.exec(message);
  if (parse) {
    const line = Number(parse[1]);
    const near = excerpt(source.split(/\r\n|\r|\n/)[line - 1] ?? parse[2]);
    const expected = parse[3];
    const got = /got '(\w+)'/.exec(expected)?.[1];
    let text: string;
    if (got === 'EOF' && /OPEN_ENDBLOCK|INVERSE/.test(expected)) {
      text = words.unclosedBlock();
    } else if (got === 'EOF') {
      text = words.endsInside();
    } else if (got === 'INVALID' || got === 'CLOSE_UNESCAPED') {
      text = words.badlyWritten(near);
    } else if (got === 'CLOSE' || got === 'OPEN') {
      text = words.emptyOrUnfinished(near);
    } else {
      text = words.invalidBraces(near);
    }
    return { line, message: words.line(line, text) };
  }
  const located = error as { lineNumber?: number };
  const line = typeof located.lineNumber === 'number' ? located.lineNumber : 1;
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) {
    return { line, message: words.line(line, words.mismatchedBlock(mismatch[2], mismatch[1])) };
  }
  return { line, message: words.line(line, `${message.replace(/ - \d+:\d+$/, '')}.`) };
}

/** The line as HR wrote it, shortened when long. */
function excerpt(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

/** The known name closest to a misspelt one, when it is close enough to be a likely typo. */
function closest(name: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of names) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
