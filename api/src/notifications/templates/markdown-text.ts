import MarkdownIt from 'markdown-it';

// The same reading of Markdown as the HTML part (api/src/common/markdown.ts), so both parts say the same.
const parser = new MarkdownIt({ html: false, linkify: true, typographer: false });
type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * Markdown as readable plain text, for the inbox and the mail's text part: no asterisks or brackets, a link
 * written as "label: URL" on its own line or "label (URL)" inside a sentence, lists with "-" or numbers.
 */
export function markdownToText(source: string): string {
  const tokens = parser.parse(source, {});
  // `list` is the path of the lists a block sits in ("1/3"): tight items of one list (or its sub-lists)
  // follow each other line by line, a new list starts after a blank line.
  const blocks: { text: string; tight: boolean; list: string }[] = [];
  const lists: { ordered: boolean; next: number; id: number }[] = [];
  let listCount = 0;
  let quoteDepth = 0;
  let marker: string | null = null;
  let hidden = false;

  const add = (text: string): void => {
    if (text.trim().length === 0 && marker === null) return;
    const indent = '   '.repeat(Math.max(lists.length - 1, 0));
    const lead = marker ?? (lists.length > 0 ? ' '.repeat(2) : '');
    const quote = '> '.repeat(quoteDepth);
    const lines = text.split('\n').map((line, index) => `${quote}${indent}${index === 0 ? lead : ' '.repeat(lead.length)}${line}`);
    blocks.push({ text: lines.join('\n').trimEnd(), tight: hidden && lists.length > 0, list: lists.map((list) => list.id).join('/') });
    marker = null;
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1, id: ++listCount });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1), id: ++listCount });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        marker = list.ordered ? `${list.next++}. ` : '- ';
        break;
      }
      case 'paragraph_open':
        hidden = token.hidden;
        break;
      case 'inline':
        add(inlineText(token.children ?? []));
        break;
      case 'code_block':
      case 'fence':
        add(token.content.replace(/\n$/, ''));
        break;
      case 'hr':
        add('———');
        break;
    }
  }
  return blocks
    .map((block, index) => (index === 0 ? '' : sameTightList(blocks[index - 1], block) ? '\n' : '\n\n') + block.text)
    .join('')
    .trim();
}

function sameTightList(previous: { tight: boolean; list: string }, next: { tight: boolean; list: string }): boolean {
  if (!previous.tight || !next.tight) return false;
  const root = (path: string) => path.split('/')[0];
  return root(previous.list) === root(next.list);
}

function inlineText(children: Token[]): string {
  let text = '';
  const open: { href: string; start: number; linkify: boolean }[] = [];
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        text += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += '\n';
        break;
      case 'image':
        text += child.content;
        break;
      case 'link_open':
        open.push({ href: child.attrGet('href') ?? '', start: text.length, linkify: child.markup === 'linkify' });
        break;
      case 'link_close': {
        const link = open.pop();
        if (!link || link.linkify || link.href === '') break;
        const label = text.slice(link.start).trim();
        const href = link.href.startsWith('mailto:') ? link.href.slice('mailto:'.length) : link.href;
        if (label === href) break;
        text += link.start === 0 && children.indexOf(child) === children.length - 1 ? `: ${href}` : ` (${href})`;
        break;
      }
    }
  }
  return text;
}
