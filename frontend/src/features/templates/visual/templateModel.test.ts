import { Editor } from '@tiptap/react';
import { afterEach, describe, expect, it } from 'vitest';
// Written by `python -m api letter-defaults` from the API's defaults (a Python test keeps it current).
import DEFAULTS from '../testing/defaultTemplates.json';
import { LETTER_EXTENSIONS } from './extensions';
import { mergeFieldLabel } from './mergeFields';
import { describeSourceBlock, parseTemplate, serialiseTemplate, templateFromDoc, type DocNode } from './templateModel';

const editors: Editor[] = [];
afterEach(() => {
  while (editors.length) editors.pop()!.destroy();
});

/** The document after a trip through the real editor: what the page saves from it. */
function throughEditor(doc: DocNode): DocNode {
  const editor = new Editor({ extensions: LETTER_EXTENSIONS, content: doc });
  editors.push(editor);
  return editor.getJSON() as DocNode;
}

function parsed(source: string): DocNode {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(`not representable: ${result.reason}`);
  return result.doc;
}

describe('the default letters in the visual editor', () => {
  const kinds = Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[];

  it('has all seven defaults to check', () => {
    expect(kinds.sort()).toEqual(['course_ending', 'final_status', 'grant', 'invitation', 'reassessment_upheld', 'refusal', 'training_plan']);
  });

  it.each(kinds)('%s opens in the visual editor and comes back byte for byte', (kind) => {
    const source = DEFAULTS[kind];
    const doc = parsed(source);
    expect(serialiseTemplate(doc)).toBe(source);
    const edited = throughEditor(doc);
    expect(serialiseTemplate(edited)).toBe(source);
    expect(templateFromDoc(edited)).toEqual({ ok: true, source });
  });

  it('shows the invitation as its paragraphs, with the table and the conditions locked', () => {
    const doc = parsed(DEFAULTS.invitation);
    const types = doc.content!.map((n) => n.type);
    expect(types.slice(0, 3)).toEqual(['paragraph', 'paragraph', 'sourceBlock']);
    expect(types.filter((t) => t === 'sourceBlock')).toHaveLength(2); // the table; the home/site paragraph
    expect(doc.content![3]!.type).toBe('sourceBlock');
    expect(doc.content![4]!.type).toBe('paragraph');
    const first = doc.content![0]!;
    expect(first.content!.map((n) => n.type)).toEqual(['text', 'mergeField']);
    expect(mergeFieldLabel(String(first.content![1]!.attrs!.source))).toBe('Borgerens navn');
  });

  it('shows the refusal with the reasons as a block of their own and nothing locked', () => {
    const doc = parsed(DEFAULTS.refusal);
    const types = doc.content!.map((n) => n.type);
    expect(types).not.toContain('sourceBlock');
    expect(types).toContain('mergeBlock');
    expect(types.filter((t) => t === 'heading')).toHaveLength(1);
  });
});

describe('parsing a template', () => {
  it('models paragraphs, headings, lists, marks, line breaks and fields', () => {
    const source =
      '<h2>Om <em>dig</em></h2>\n<p><strong>Kære</strong> {{ citizen.name }},<br>vi\nskriver &amp; spørger</p>\n<ul>\n<li>Et</li>\n<li>To</li>\n</ul>\n';
    const doc = parsed(source);
    expect(doc.content!.map((n) => n.type)).toEqual(['heading', 'paragraph', 'bulletList']);
    const paragraph = doc.content![1]!.content!;
    expect(paragraph.map((n) => n.type)).toEqual(['text', 'text', 'mergeField', 'text', 'hardBreak', 'text', 'lineWrap', 'text']);
    expect(paragraph[0]).toEqual({ type: 'text', text: 'Kære', marks: [{ type: 'bold' }] });
    expect(paragraph[7]!.text).toBe('skriver & spørger');
    expect(serialiseTemplate(throughEditor(doc))).toBe(source);
  });

  it.each([
    ['<p class="x">Hej</p>\n', 'elementet <p> har attributter'],
    ['<p>Hej</p>\n<div>Mere</div>\n', 'elementet <div> kan kun vises i kildevisningen'],
    ['<p>Hej {{ citizen.name | upper ~ "!" }}</p>\n', 'et flettefelt er skrevet som et udtryk, den visuelle editor ikke kender'],
    ['{% set x = 1 %}<p>Hej</p>\n', 'kommandoen {% set %} kan kun vises i kildevisningen'],
    ['<p>Hej</p>{# note #}\n', 'kommentarer ({# … #}) kan kun vises i kildevisningen'],
    ['Hej\n', 'der er tekst uden for et afsnit (<p>)'],
    ['<p>Hej <b>dig</b></p>\n', 'elementet <b> kan kun vises i kildevisningen'],
    ['<p>Hej\n', 'et element eller en betingelse bliver ikke lukket'],
    ['<p>A &nbsp; B</p>\n', 'teksten har tegn skrevet som HTML-koder (&…;)'],
    ['<p><strong>A</strong><strong>B</strong></p>\n', 'den visuelle editor ville skrive HTML-koden lidt anderledes'],
  ])('refuses %j: %s', (source, reason) => {
    expect(parseTemplate(source)).toEqual({ ok: false, reason });
  });

  it('keeps a condition whose branches each open the paragraph as one locked block', () => {
    const source = '{% if x -%}\n<p>Ja\n{%- else -%}\n<p>Nej\n{%- endif %} og mere.</p>\n\n<p>Slut</p>\n';
    const doc = parsed(source);
    expect(doc.content!.map((n) => n.type)).toEqual(['sourceBlock', 'paragraph']);
    expect(describeSourceBlock(String(doc.content![0]!.attrs!.source), mergeFieldLabel)).toEqual({
      title: 'Tekst med betingelser – ret den i kildevisningen',
      text: 'Ja … eller … Nej og mere.',
    });
  });
});

describe('saving from the visual editor', () => {
  it('writes a new paragraph and an inserted field in the usual form', () => {
    const doc = parsed('<p>Kære {{ citizen.name }}</p>\n');
    doc.content!.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Ring på ' }, { type: 'mergeField', attrs: { source: '{{ centre.phone }}' } }],
    });
    expect(templateFromDoc(throughEditor(doc))).toEqual({
      ok: true,
      source: '<p>Kære {{ citizen.name }}</p>\n\n<p>Ring på {{ centre.phone }}</p>\n',
    });
  });

  it('refuses text that would turn into template code, and lists inside lists', () => {
    const braces: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej {{ x }}' }] }] };
    expect(templateFromDoc(braces)).toEqual({
      ok: false,
      reason: 'teksten må ikke indeholde {{, {% eller {#; indsæt flettefelter med knappen',
    });
    const nested: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Et' }] },
                { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
              ],
            },
          ],
        },
      ],
    };
    expect(templateFromDoc(nested)).toEqual({
      ok: false,
      reason: 'et punkt i en liste må kun have én linje tekst (ingen lister inden i lister)',
    });
  });
});
