import { describe, expect, test } from 'vitest';
import { markupText } from '../../lib/html-text/markup-text';
import type { Hook } from '../../lib/mail-clients/dom';
import { htmlText } from '../../lib/mail-clients/html-text';

const html = (markup: string, tag = 'div') => {
  const root = document.createElement(tag);
  root.innerHTML = markup; // test-owned markup, not mail
  return root;
};

const quoted: Hook = {
  name: 'test.quoted',
  note: 'quoted history in the test markup',
  alternatives: [{ css: '.quote', seen: '2026-12', evidence: 'this test' }],
};

// One table for every reader of HTML mail: the Gmail and Outlook pages' DOM and imported markup
// follow the same layout rules, so the core gets the same text from each.
const layoutCases: [string, string, string][] = [
  // blocks
  ['one div per line', '<div>a</div><div>b</div>', 'a\nb'],
  [
    'an empty line is <div><br></div>',
    '<div>Hallo,</div><div><br></div><div>Zeile 2</div>',
    'Hallo,\n\nZeile 2',
  ],
  [
    'paragraphs stand apart with a blank line',
    '<p>Hi Jane,</p>\n  <p>thanks</p>',
    'Hi Jane,\n\nthanks',
  ],
  [
    'headings stand apart like paragraphs',
    '<h2>Invoice 7</h2><div>Due now</div>',
    'Invoice 7\n\nDue now',
  ],
  [
    'indentation of the source is not text',
    '<div>\n   <div>a</div>\n   <div>b</div>\n</div>',
    'a\nb',
  ],
  [
    'runs of breaks collapse to one blank line',
    '<p>a</p><div><br></div><div><br></div><p>b</p>',
    'a\n\nb',
  ],
  [
    'a table row per line, cells apart by a space',
    '<table><tr><td>Total</td><td>120 €</td></tr><tr><td>Due</td><td>1 May</td></tr></table>',
    'Total 120 €\nDue 1 May',
  ],
  ['hr stands apart', 'a<hr>b', 'a\n\nb'],
  // inline
  [
    'inline elements keep their spaces',
    '<div>Total: <b>1.190,00&nbsp;€</b> due</div>',
    'Total: 1.190,00 € due',
  ],
  ['an inline element inside a word adds no space', '<div>in<b>voice</b></div>', 'invoice'],
  ['whitespace runs collapse to one space', '<div>a \n\t  b</div>', 'a b'],
  ['a narrow no-break space in an amount stays', '<div>1\u202f234,00 €</div>', '1\u202f234,00 €'],
  // br
  ['<br> inside a paragraph breaks the line', '<p>Best regards<br>Anna</p>', 'Best regards\nAnna'],
  ['the space before a <br> is not kept', '<div>a <br>b</div>', 'a\nb'],
  ['text with no element', 'one<br>two', 'one\ntwo'],
  // lists
  [
    'list items one per line, the list apart',
    '<p>Items:</p><ul><li>one</li><li>two</li></ul><p>Thanks</p>',
    'Items:\n\none\ntwo\n\nThanks',
  ],
  ['a nested list', '<ol><li>a<ul><li>b</li></ul></li></ol>', 'a\n\nb'],
  // quotes
  [
    'a blockquote stands apart',
    '<div>See below</div><blockquote>old text</blockquote>',
    'See below\n\nold text',
  ],
  // pre and non-content
  ['pre keeps its line breaks and spaces', '<pre>a\n  b</pre>', 'a\n  b'],
  [
    'styles, scripts and images are not text',
    '<style>p{}</style><div>x<img alt="y"></div><script>1</script>',
    'x',
  ],
  ['entities, numeric and named', 'Gr&uuml;&szlig;e &#8364; &#x20AC; &amp;', 'Grüße € € &'],
  ['spaces of adjacent inline elements make one', '<div>a <b> b</b></div>', 'a b'],
];

describe.each([
  ['the mail page (DOM)', (markup: string) => htmlText(html(markup))],
  ['imported mail (markup)', markupText],
])('%s', (_reader, read) => {
  test.each(layoutCases)('%s', (_label, markup, expected) => {
    expect(read(markup)).toBe(expected);
  });
});

test('quoted history (the skip hook) is left out of the page', () => {
  expect(htmlText(html('<div>New</div><div class="quote"><div>Old</div></div>'), quoted)).toBe(
    'New',
  );
});

test('the root itself may be a <pre>', () => {
  expect(htmlText(html('a\n  b', 'pre'))).toBe('a\n  b');
});

test('without a skip hook nothing but non-content is left out', () => {
  expect(htmlText(html('<div>New</div><div class="quote">Old</div>'))).toBe('New\nOld');
});
