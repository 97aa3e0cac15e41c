import { expect, test } from 'vitest';
import { blockText } from '../../lib/mail-clients/outlook/block-text';

const html = (markup: string) => {
  const root = document.createElement('div');
  root.innerHTML = markup; // test-owned markup, not mail
  return root;
};

test.each([
  [
    'one div per line, empty line as <div><br></div>',
    '<div>Hallo,</div><div><br></div><div>Zeile 2</div>',
    'Hallo,\n\nZeile 2',
  ],
  [
    'paragraphs get a blank line between them',
    '<p>Hi Jane,</p>\n  <p>thanks</p>',
    'Hi Jane,\n\nthanks',
  ],
  ['<br> inside a paragraph breaks the line', '<p>Best regards<br>Anna</p>', 'Best regards\nAnna'],
  [
    'indentation whitespace of the source is not text',
    '<div>\n   <div>a</div>\n   <div>b</div>\n</div>',
    'a\nb',
  ],
  [
    'inline elements keep their spaces',
    '<div>Total: <b>1.190,00&nbsp;€</b> due</div>',
    'Total: 1.190,00 € due',
  ],
  ['styles and scripts are not text', '<style>p{}</style><div>x</div><script>1</script>', 'x'],
  ['pre keeps its line breaks', '<pre>a\n  b</pre>', 'a\n  b'],
])('%s', (_label, markup, expected) => {
  expect(blockText(html(markup))).toBe(expected);
});
