// The letter template as the visual editor's document, and back to the template's text.
//
// A template is HTML with merge fields ({{ citizen.name }}) and, here and there, conditions and
// loops ({% if %}, {% for %}). The visual editor models paragraphs, headings (h2, h3), simple
// lists, bold and italic, line breaks and merge fields. Everything the page keeps exactly as
// written rides along on the nodes: the whitespace between blocks, the line breaks inside a
// paragraph (shown as spaces, as the letter shows them) and each merge field's own text. A region
// with conditions or loops is kept as one locked block, its text untouched.
//
// `parseTemplate` refuses what it cannot model (with a Danish reason), and also any template whose
// text would not come back byte for byte from `serialiseTemplate`: saving from the visual editor
// never changes what the user did not change.

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string }[];
}

export type ParseResult = { ok: true; doc: DocNode } | { ok: false; reason: string };

type Token =
  | { kind: 'text'; raw: string }
  | { kind: 'open'; raw: string; name: string; attrs: string }
  | { kind: 'close'; raw: string; name: string }
  | { kind: 'expr'; raw: string }
  | { kind: 'stmt'; raw: string; keyword: string }
  | { kind: 'comment'; raw: string };

class Unrepresentable extends Error {}

const refuse = (reason: string): never => {
  throw new Unrepresentable(reason);
};

const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const closing = (end: string, what: string) => {
    const stop = source.indexOf(end, i + 2);
    if (stop < 0) refuse(`${what} er ikke lukket`);
    return source.slice(i, stop + end.length);
  };
  while (i < source.length) {
    const two = source.slice(i, i + 2);
    let token: Token;
    if (two === '{{') {
      token = { kind: 'expr', raw: closing('}}', 'Et flettefelt ({{ … }})') };
    } else if (two === '{%') {
      const raw = closing('%}', 'En kommando ({% … %})');
      const keyword = /^\{%[-+]?\s*([a-z]+)/.exec(raw)?.[1] ?? '';
      token = { kind: 'stmt', raw, keyword };
    } else if (two === '{#') {
      token = { kind: 'comment', raw: closing('#}', 'En kommentar') };
    } else if (source[i] === '<') {
      const tag = TAG.exec(source.slice(i));
      if (!tag) refuse('teksten har et < uden for et HTML-element eller en erklæring (<!…>)');
      const raw = tag![0];
      token = raw.startsWith('</')
        ? { kind: 'close', raw, name: tag![1]! }
        : { kind: 'open', raw, name: tag![1]!, attrs: tag![2]! };
    } else {
      const rest = source.slice(i);
      const stop = rest.search(/<|\{\{|\{%|\{#/);
      token = { kind: 'text', raw: stop < 0 ? rest : rest.slice(0, stop || 1) };
    }
    tokens.push(token);
    i += token.raw.length;
  }
  return tokens;
}

const VOID = new Set(['br', 'hr']);
const BRANCHING = new Set(['if', 'for']);
const BRANCHES = new Set(['elif', 'else']);
const ENDINGS = new Set(['endif', 'endfor']);
const isBlank = (t: Token) => t.kind === 'text' && t.raw.trim() === '';

/**
 * The end (exclusive) of the region that starts at `start`: the first point where the HTML
 * elements and the conditions/loops opened in it are closed again. In an {% if %}, each branch
 * starts from the elements open at the {% if %}.
 */
function regionEnd(tokens: Token[], start: number): { end: number; statements: boolean } {
  let html: string[] = [];
  const jinja: { at: string[]; branchEnd: string[] | null }[] = [];
  let statements = false;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open' && !VOID.has(t.name.toLowerCase())) html.push(t.name);
    else if (t.kind === 'close' && !VOID.has(t.name.toLowerCase())) {
      if (html[html.length - 1] !== t.name) refuse(`elementet </${t.name}> lukker ikke det element, der er åbent`);
      html.pop();
    } else if (t.kind === 'stmt') {
      statements = true;
      if (BRANCHING.has(t.keyword)) jinja.push({ at: [...html], branchEnd: null });
      else if (BRANCHES.has(t.keyword)) {
        const open = jinja[jinja.length - 1] ?? refuse(`{% ${t.keyword} %} står uden {% if %}`);
        open.branchEnd ??= html;
        html = [...open.at];
      } else if (ENDINGS.has(t.keyword)) {
        const open = jinja.pop() ?? refuse(`{% ${t.keyword} %} står uden sin begyndelse`);
        if (open.branchEnd) html = open.branchEnd;
      } else {
        refuse(`kommandoen {% ${t.keyword} %} kan kun vises i kildevisningen`);
      }
    } else if (t.kind === 'comment') {
      refuse('kommentarer ({# … #}) kan kun vises i kildevisningen');
    }
    if (html.length === 0 && jinja.length === 0) return { end: i + 1, statements };
  }
  return refuse('et element eller en betingelse bliver ikke lukket');
}

const FIELD = /^\{\{ ?([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)((?: ?\| ?[a-zæøå_]+(?:\([^(){}]*\))?)*) ?\}\}$/;

/** The field and the filters of a merge field's text, or null when it is more than that. */
export function mergeFieldParts(source: string): { field: string; filters: string[] } | null {
  const match = FIELD.exec(source);
  if (!match) return null;
  const filters = match[2]!
    .split('|')
    .map((f) => f.trim())
    .filter(Boolean);
  return { field: match[1]!, filters };
}

function decode(text: string): string {
  if (/&(?!amp;|lt;|gt;)/.test(text)) refuse('teksten har tegn skrevet som HTML-koder (&…;)');
  if (text.includes('>')) refuse('teksten har et > uden for et HTML-element');
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const MARKS: Record<string, string> = { strong: 'bold', em: 'italic' };
const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em' };
const MARK_ORDER = ['bold', 'italic'];

function inline(tokens: Token[]): DocNode[] {
  const nodes: DocNode[] = [];
  const marks: string[] = [];
  const withMarks = (node: DocNode): DocNode =>
    marks.length ? { ...node, marks: MARK_ORDER.filter((m) => marks.includes(m)).map((type) => ({ type })) } : node;
  for (const t of tokens) {
    if (t.kind === 'text') {
      // A line break in the text reads as a space in the letter: kept as it is written.
      for (const part of t.raw.split(/(\s*\n\s*)/)) {
        if (!part) continue;
        nodes.push(withMarks(part.includes('\n') ? { type: 'lineWrap', attrs: { source: part } } : { type: 'text', text: decode(part) }));
      }
    } else if (t.kind === 'expr') {
      if (!mergeFieldParts(t.raw)) refuse('et flettefelt er skrevet som et udtryk, den visuelle editor ikke kender');
      nodes.push(withMarks({ type: 'mergeField', attrs: { source: t.raw } }));
    } else if (t.kind === 'open' && t.attrs === '' && t.name === 'br') {
      nodes.push(withMarks({ type: 'hardBreak' }));
    } else if (t.kind === 'open' && t.attrs === '' && MARKS[t.name]) {
      if (marks.includes(MARKS[t.name]!)) refuse(`<${t.name}> står inden i sig selv`);
      marks.push(MARKS[t.name]!);
    } else if (t.kind === 'close' && MARKS[t.name] && marks[marks.length - 1] === MARKS[t.name]) {
      marks.pop();
    } else if (t.kind === 'open' && t.attrs !== '') {
      refuse(`elementet <${t.name}> har attributter`);
    } else {
      refuse(`elementet <${t.kind === 'open' || t.kind === 'close' ? t.name : '?'}> kan kun vises i kildevisningen`);
    }
  }
  return nodes;
}

const BLOCKS: Record<string, (attrs: Record<string, unknown>, inner: Token[]) => DocNode> = {
  p: (attrs, inner) => ({ type: 'paragraph', attrs, content: inline(inner) }),
  h2: (attrs, inner) => ({ type: 'heading', attrs: { ...attrs, level: 2 }, content: inline(inner) }),
  h3: (attrs, inner) => ({ type: 'heading', attrs: { ...attrs, level: 3 }, content: inline(inner) }),
  ul: (attrs, inner) => ({ type: 'bulletList', ...list(attrs, inner) }),
  ol: (attrs, inner) => ({ type: 'orderedList', ...list(attrs, inner) }),
};

function list(attrs: Record<string, unknown>, inner: Token[]): Pick<DocNode, 'attrs' | 'content'> {
  const items: DocNode[] = [];
  let before = '';
  let i = 0;
  while (i < inner.length) {
    const t = inner[i]!;
    if (isBlank(t)) {
      before += t.raw;
      i++;
      continue;
    }
    if (t.kind !== 'open' || t.name !== 'li' || t.attrs !== '') return refuse('en liste har andet end punkter (<li>)');
    const end = regionEnd(inner, i).end;
    const last = inner[end - 1]!;
    if (last.kind !== 'close' || last.name !== 'li') refuse('et punkt i en liste er ikke lukket med </li>');
    const content = inline(inner.slice(i + 1, end - 1));
    items.push({ type: 'listItem', attrs: { before }, content: [{ type: 'paragraph', content }] });
    before = '';
    i = end;
  }
  if (items.length === 0) refuse('en liste er tom');
  return { attrs: { ...attrs, closing: before }, content: items };
}

function parseBlocks(tokens: Token[]): DocNode {
  const content: DocNode[] = [];
  let before = '';
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (isBlank(t)) {
      before += t.raw;
      i++;
      continue;
    }
    const attrs = { before };
    before = '';
    if (t.kind === 'expr') {
      const parts = mergeFieldParts(t.raw);
      if (!parts?.filters.includes('afsnit')) refuse('et flettefelt står uden for et afsnit');
      content.push({ type: 'mergeBlock', attrs: { ...attrs, source: t.raw } });
      i++;
      continue;
    }
    if (t.kind === 'text') refuse('der er tekst uden for et afsnit (<p>)');
    if (t.kind === 'close') refuse(`elementet </${t.name}> lukker intet`);
    const { end, statements } = regionEnd(tokens, i);
    const region = tokens.slice(i, end);
    if (statements) {
      content.push({ type: 'sourceBlock', attrs: { ...attrs, source: region.map((r) => r.raw).join('') } });
    } else {
      if (t.kind !== 'open') return refuse('skabelonen har en del, den visuelle editor ikke kender');
      if (t.attrs !== '') refuse(`elementet <${t.name}> har attributter`);
      const build = BLOCKS[t.name] ?? refuse(`elementet <${t.name}> kan kun vises i kildevisningen`);
      content.push(build(attrs, region.slice(1, -1)));
    }
    i = end;
  }
  if (content.length === 0) refuse('skabelonen er tom');
  return { type: 'doc', attrs: { trailing: before }, content };
}

/** The template as the visual editor's document, or why it can only be shown as source. */
export function parseTemplate(source: string): ParseResult {
  let doc: DocNode;
  try {
    doc = parseBlocks(tokenize(source));
  } catch (error) {
    if (error instanceof Unrepresentable) return { ok: false, reason: error.message };
    throw error;
  }
  // The last guard: only a template the editor gives back unchanged is opened in it.
  if (serialiseTemplate(doc) !== source) {
    return { ok: false, reason: 'den visuelle editor ville skrive HTML-koden lidt anderledes' };
  }
  return { ok: true, doc };
}

// ——— Serialising ———

const sourceOf = (node: DocNode): string => (typeof node.attrs?.source === 'string' ? node.attrs.source : '');

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function serialiseInline(nodes: DocNode[] = []): string {
  let out = '';
  let open: string[] = [];
  const setMarks = (wanted: string[]) => {
    // Close down to the longest shared beginning, then open what is missing, in a fixed order.
    let keep = 0;
    while (keep < open.length && open[keep] === wanted[keep]) keep++;
    for (const mark of open.slice(keep).reverse()) out += `</${MARK_TAGS[mark]}>`;
    for (const mark of wanted.slice(keep)) out += `<${MARK_TAGS[mark]}>`;
    open = wanted;
  };
  for (const node of nodes) {
    setMarks(MARK_ORDER.filter((m) => node.marks?.some((x) => x.type === m)));
    if (node.type === 'text') out += escapeText(node.text ?? '');
    else if (node.type === 'hardBreak') out += '<br>';
    else if (node.type === 'lineWrap' || node.type === 'mergeField') out += sourceOf(node);
    else throw new Unrepresentable(`indholdet “${node.type}” kan ikke gemmes fra den visuelle editor`);
  }
  setMarks([]);
  return out;
}

const beforeOf = (node: DocNode, fallback: string) =>
  typeof node.attrs?.before === 'string' ? node.attrs.before : fallback;

function serialiseBlock(node: DocNode): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${serialiseInline(node.content)}</p>`;
    case 'heading': {
      const tag = node.attrs?.level === 3 ? 'h3' : 'h2';
      return `<${tag}>${serialiseInline(node.content)}</${tag}>`;
    }
    case 'bulletList':
    case 'orderedList': {
      const tag = node.type === 'bulletList' ? 'ul' : 'ol';
      const items = (node.content ?? []).map((item) => {
        const blocks = item.content ?? [];
        if (blocks.length !== 1 || blocks[0]!.type !== 'paragraph') {
          throw new Unrepresentable('et punkt i en liste må kun have én linje tekst (ingen lister inden i lister)');
        }
        return `${beforeOf(item, '\n')}<li>${serialiseInline(blocks[0]!.content)}</li>`;
      });
      const closing = typeof node.attrs?.closing === 'string' ? node.attrs.closing : '\n';
      return `<${tag}>${items.join('')}${closing}</${tag}>`;
    }
    case 'mergeBlock':
    case 'sourceBlock':
      return sourceOf(node);
    default:
      throw new Unrepresentable(`indholdet “${node.type}” kan ikke gemmes fra den visuelle editor`);
  }
}

/** The template's text for the document; throws when the document holds what a template cannot. */
export function serialiseTemplate(doc: DocNode): string {
  const blocks = (doc.content ?? []).map((block, index) => beforeOf(block, index === 0 ? '' : '\n\n') + serialiseBlock(block));
  const trailing = typeof doc.attrs?.trailing === 'string' ? doc.attrs.trailing : '\n';
  return blocks.join('') + trailing;
}

/** The text for a document edited in the visual editor, or why it cannot be saved as it is. */
export function templateFromDoc(doc: DocNode): { ok: true; source: string } | { ok: false; reason: string } {
  let source: string;
  try {
    source = serialiseTemplate(doc);
  } catch (error) {
    if (error instanceof Unrepresentable) return { ok: false, reason: error.message };
    throw error;
  }
  if (/\{[{%#]/.test(textOf(doc))) {
    return { ok: false, reason: 'teksten må ikke indeholde {{, {% eller {#; indsæt flettefelter med knappen' };
  }
  const again = parseTemplate(source);
  if (!again.ok) return { ok: false, reason: again.reason };
  return { ok: true, source };
}

function textOf(node: DocNode): string {
  return (node.text ?? '') + (node.content ?? []).map(textOf).join('\u0000');
}

/** A locked region in words: what kind of region it is, and its text with the fields named. */
export function describeSourceBlock(source: string, label: (field: string) => string): { title: string; text: string } {
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch {
    return { title: 'Tekst, der kun kan rettes i kildevisningen', text: '' };
  }
  const loops = tokens.some((t) => t.kind === 'stmt' && t.keyword === 'for');
  const conditions = tokens.some((t) => t.kind === 'stmt' && t.keyword === 'if');
  const what =
    loops && conditions ? 'med betingelser og gentagelser'
    : loops ? 'der gentages for hvert punkt'
    : 'med betingelser';
  const text = tokens
    .map((t) =>
      t.kind === 'text' ? t.raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
      : t.kind === 'expr' ? `[${label(t.raw)}]`
      : t.kind === 'stmt' && BRANCHES.has(t.keyword) ? ' … eller … '
      : ' ',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return { title: `Tekst ${what} – ret den i kildevisningen`, text: text.length > 240 ? `${text.slice(0, 239)}…` : text };
}
