/**
 * The sidebar's stylesheet for a shadow root: Tailwind's @property rules become declarations on
 * the shadow tree's own elements, so WXT finds none to move into the mail client's page.
 */
import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { shadowRootProperties } from '../../scripts/shadow-root-css';

const TAILWIND_LIKE = `
@layer properties;
@property --tw-border-style { syntax: "*"; inherits: false; initial-value: solid; }
@property --tw-ring-offset-width { syntax: "<length>"; inherits: false; initial-value: 0; }
@property --tw-font-weight { syntax: "*"; inherits: false; }
@property --tw-text-shadow { syntax: "*"; inherits: true; initial-value: none; }
@property --no-inherits { syntax: "*"; initial-value: 1px; }
@layer utilities { .border { border-style: var(--tw-border-style); border-width: 1px; } }
`;

async function run(css: string, from: string) {
  const plugin = shadowRootProperties((file) => file.includes('/components/sidebar/'));
  return (await postcss([plugin]).process(css, { from })).root;
}

describe('shadowRootProperties', () => {
  test('removes every @property and declares the initial values in the first layer', async () => {
    const root = await run(TAILWIND_LIKE, '/repo/components/sidebar/sidebar.css?inline');
    let properties = 0;
    root.walkAtRules('property', () => void properties++);
    expect(properties).toBe(0);
    const first = root.first as postcss.AtRule;
    expect(`@${first.name} ${first.params}`).toBe('@layer properties');
    const declared = Object.fromEntries(
      (first.nodes as postcss.Rule[]).map((rule) => [
        rule.selector,
        Object.fromEntries((rule.nodes as postcss.Declaration[]).map((d) => [d.prop, d.value])),
      ]),
    );
    expect(declared).toEqual({
      // Not inherited: every element starts from the initial value, as a registered one would.
      ':host, *, ::before, ::after, ::backdrop': {
        '--tw-border-style': 'solid',
        // A bare 0 would break calc(2px + var(--tw-ring-offset-width)) once unregistered.
        '--tw-ring-offset-width': '0px',
      },
      // Inherited: set once on the host, so a value set on an ancestor still reaches its children.
      ':host': { '--tw-text-shadow': 'none' },
      // A rule without `inherits` is invalid: it registered nothing, so it declares nothing.
    });
    // The utilities are untouched.
    expect(root.toString()).toContain('border-style: var(--tw-border-style)');
  });

  test('leaves stylesheets of ordinary pages (popup, options) alone', async () => {
    const root = await run(TAILWIND_LIKE, '/repo/entrypoints/popup/style.css');
    let properties = 0;
    root.walkAtRules('property', () => void properties++);
    expect(properties).toBe(5);
  });

  test('a stylesheet without @property is left as it was', async () => {
    const css = '.a { color: red; }';
    const root = await run(css, '/repo/components/sidebar/sidebar.css');
    expect(root.toString()).toBe(css);
  });
});
