/**
 * The source tree has no import cycles, type-only imports included: a module that imports,
 * directly or through others, a module that imports it back is a module whose types or code
 * live in the wrong place. This reads every import of lib/, components/ and entrypoints/ with
 * the TypeScript parser (static, type-only, re-exports and dynamic `import()`), and lists each
 * cycle it finds as a chain of files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
/** WXT's path aliases, all of them the project root. */
const ALIASES = ['@@/', '~~/', '@/', '~/'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts'))
      out.push(path);
  }
  return out;
}

/** Every module specifier a file names: imports, type imports, re-exports, `import()` calls and types. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The project file a specifier names, or undefined for a package or a file outside the graph. */
function resolveSpecifier(from: string, spec: string, known: Set<string>): string | undefined {
  let base: string;
  const alias = ALIASES.find((a) => spec.startsWith(a));
  if (alias) base = join(ROOT, spec.slice(alias.length));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return undefined;
  const stem = base.replace(/\.(m|c)?js$/, '');
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => stem + ext),
    ...EXTENSIONS.map((ext) => join(base, 'index' + ext)),
  ];
  return candidates.find((c) => known.has(c));
}

function importGraph(): Map<string, string[]> {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiers(file)
      .map((spec) => resolveSpecifier(file, spec, known))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Strongly connected components of more than one file (or a file importing itself), Tarjan's way. */
function tangles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return out;
}

/** One shortest cycle through the first file of a tangle, as a chain that ends where it starts. */
function shortestCycle(graph: Map<string, string[]>, members: string[]): string[] {
  const inside = new Set(members);
  const start = members[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const chain = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = previous.get(u))
          chain.splice(1, 0, u);
        return [...chain, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

const rel = (file: string): string => relative(ROOT, file).split(sep).join('/');

describe('import graph of lib/, components/ and entrypoints/', () => {
  const graph = importGraph();

  it('reads the project imports (the parser sees the files and their edges)', () => {
    expect(graph.size).toBeGreaterThan(100);
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(edges).toBeGreaterThan(graph.size);
    // A type-only import is an edge like any other.
    expect(graph.get(join(ROOT, 'lib/messages.ts'))?.length ?? 0).toBeGreaterThan(0);
  });

  it('has no import cycles, type-only imports included', () => {
    const report = tangles(graph).map((members) => {
      const cycle = shortestCycle(graph, members).map(rel).join(' -> ');
      return `${members.length} files tangled, e.g. ${cycle}\n    ${members.map(rel).join('\n    ')}`;
    });
    expect(report, `import cycles:\n${report.join('\n')}`).toEqual([]);
  });
});
