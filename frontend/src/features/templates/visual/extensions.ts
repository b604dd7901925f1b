// The visual editor's schema: TipTap's text blocks and marks, with what a template keeps exactly
// (whitespace between blocks, line breaks in the text) as attributes, and the template's own
// nodes: merge fields (chips), a paragraph-producing field, and locked regions with conditions.
import { Extension, Node, type Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { mergeFieldLabel } from './mergeFields';
import { describeSourceBlock } from './templateModel';

const sourceAttribute = {
  source: {
    default: '',
    parseHTML: (element: HTMLElement) => element.getAttribute('data-source') ?? '',
    renderHTML: (attrs: Record<string, unknown>) => ({ 'data-source': typeof attrs.source === 'string' ? attrs.source : '' }),
  },
};

/** The whitespace as written in the template, kept on the nodes; new blocks get the usual. */
const KeptWhitespace = Extension.create({
  name: 'keptWhitespace',
  addGlobalAttributes() {
    const kept = { default: null, keepOnSplit: false, rendered: false };
    return [
      { types: ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem'], attributes: { before: kept } },
      { types: ['bulletList', 'orderedList'], attributes: { closing: kept } },
      { types: ['doc'], attributes: { trailing: kept } },
    ];
  },
});

/** A merge field inside the text: a chip that moves and deletes as one character. */
const MergeField = Node.create({
  name: 'mergeField',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => sourceAttribute,
  parseHTML: () => [{ tag: 'span[data-merge-field]' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'span',
    { ...HTMLAttributes, 'data-merge-field': '', class: 'merge-field' },
    mergeFieldLabel(String(node.attrs.source)),
  ],
  renderText: ({ node }) => `[${mergeFieldLabel(String(node.attrs.source))}]`,
});

/** A line break in the template's text: a space in the letter, so a space here. */
const LineWrap = Node.create({
  name: 'lineWrap',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,
  addAttributes: () => sourceAttribute,
  parseHTML: () => [{ tag: 'span[data-line-wrap]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', { ...HTMLAttributes, 'data-line-wrap': '' }, ' '],
  renderText: () => ' ',
});

/** A field that becomes paragraphs of its own (the reasons, | afsnit). */
const MergeBlock = Node.create({
  name: 'mergeBlock',
  group: 'block',
  atom: true,
  selectable: true,
  addAttributes: () => ({ ...sourceAttribute, before: { default: null, keepOnSplit: false, rendered: false } }),
  parseHTML: () => [{ tag: 'div[data-merge-block]' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'div',
    { ...HTMLAttributes, 'data-merge-block': '', class: 'merge-block' },
    ['span', { class: 'merge-field' }, mergeFieldLabel(String(node.attrs.source))],
  ],
});

/** A region with conditions or loops, kept exactly as written: edited in the source view. */
const SourceBlock = Node.create({
  name: 'sourceBlock',
  group: 'block',
  atom: true,
  selectable: true,
  addAttributes: () => ({ ...sourceAttribute, before: { default: null, keepOnSplit: false, rendered: false } }),
  parseHTML: () => [{ tag: 'div[data-source-block]' }],
  renderHTML: ({ node, HTMLAttributes }) => {
    const { title, text } = describeSourceBlock(String(node.attrs.source), mergeFieldLabel);
    return [
      'div',
      { ...HTMLAttributes, 'data-source-block': '', class: 'source-block' },
      ['p', { class: 'source-block__title' }, title],
      ['p', { class: 'source-block__text' }, text],
    ];
  },
});

export const LETTER_EXTENSIONS: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
    trailingNode: false,
  }),
  KeptWhitespace,
  MergeField,
  LineWrap,
  MergeBlock,
  SourceBlock,
];
