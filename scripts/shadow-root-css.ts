/**
 * A PostCSS step for the sidebar's stylesheet, which lives in a shadow root inside Gmail and
 * Outlook: Tailwind v4 declares its `--tw-*` defaults with `@property`, which does nothing in a
 * shadow root (tailwindlabs/tailwindcss#15005). WXT's createShadowRootUi therefore moves every
 * `@property` rule into a <style> of the mail client's own document, where it registers the
 * properties for every element of the page: a page of its own that uses `--tw-*` variables
 * (Tailwind v3, say) would be restyled by us, and every style recalculation of the mail client
 * carries them. This step removes the `@property` rules at build time and declares their initial
 * values on the shadow tree's own elements instead, in the `properties` layer (Tailwind declares
 * it first, so every utility still overrides them), so nothing is left for WXT to move out.
 */
import postcss, { type Plugin } from 'postcss';

/** Where a property's default goes: inherited ones on the host only, so inheritance still works. */
const EVERY_ELEMENT = ':host, *, ::before, ::after, ::backdrop';
const HOST = ':host';
/**
 * A registered `<length>` may start as a bare `0` (minifiers write it so); an unregistered custom
 * property keeps it as a number, and `calc(2px + var(--x))` would then be invalid.
 */
const ZERO_UNIT: Record<string, string> = {
  '<length>': '0px',
  '<length-percentage>': '0px',
  '<percentage>': '0%',
  '<angle>': '0deg',
  '<time>': '0s',
};

export function shadowRootProperties(applies: (file: string) => boolean): Plugin {
  return {
    postcssPlugin: 'unghost-shadow-root-properties',
    Once(root, { result }) {
      if (!applies(result.opts.from ?? '')) return;
      const defaults = {
        [EVERY_ELEMENT]: [] as postcss.Declaration[],
        [HOST]: [] as postcss.Declaration[],
      };
      root.walkAtRules('property', (rule) => {
        const name = rule.params.trim();
        let initial: string | undefined;
        let syntax = '';
        let inherits: boolean | undefined;
        rule.walkDecls((d) => {
          if (d.prop === 'initial-value') initial = d.value.trim();
          if (d.prop === 'syntax') syntax = d.value.trim().replace(/^["']|["']$/g, '');
          if (d.prop === 'inherits') inherits = d.value.trim() !== 'false';
        });
        if (initial === '0' && ZERO_UNIT[syntax]) initial = ZERO_UNIT[syntax];
        rule.remove();
        // Without `inherits` the rule is invalid and registers nothing; without an initial value
        // a registered property starts as unset, as an unregistered one does.
        if (inherits !== undefined && initial !== undefined)
          defaults[inherits ? HOST : EVERY_ELEMENT].push(
            postcss.decl({ prop: name, value: initial }),
          );
      });
      const rules = Object.entries(defaults)
        .filter(([, decls]) => decls.length)
        .map(([selector, decls]) => postcss.rule({ selector, nodes: decls }));
      if (rules.length)
        root.prepend(postcss.atRule({ name: 'layer', params: 'properties', nodes: rules }));
    },
  };
}
