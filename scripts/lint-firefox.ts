/**
 * `npm run lint:firefox`: builds the Firefox add-on and runs addons.mozilla.org's linter
 * (web-ext lint) on it. It fails on any error and on any warning that comes from our code. The
 * one warning allowed is the linter's `UNSAFE_VAR_ASSIGNMENT` at the place where the bundled UI
 * library (React or Preact) writes `dangerouslySetInnerHTML.__html` or creates a script element
 * the way React does: our code never uses either (ESLint and a test forbid innerHTML with mail
 * text), and the warning names the library's line, which is checked here rather than trusted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.output', 'firefox-mv2');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
let raw: string;
try {
  raw = execFileSync(bin('web-ext'), ['lint', '-s', outDir, '--output', 'json'], {
    cwd: root,
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its report is still on stdout.
  raw = String((error as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(raw) as { errors: LintMessage[]; warnings: LintMessage[] };

/** The source around the reported place: the library's own innerHTML write, or not. */
function isLibraryInnerHtml(m: LintMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || !m.column) return false;
  const line = readFileSync(join(outDir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const around = line.slice(Math.max(0, m.column - 200), m.column + 200);
  return around.includes('__html') || around.includes('innerHTML=`<script><\\/script>`');
}

const ours = [...report.errors, ...report.warnings.filter((m) => !isLibraryInnerHtml(m))];
const library = report.warnings.length - (ours.length - report.errors.length);
for (const m of ours) console.error(`${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length - report.errors.length} warnings from our code, ${library} from the bundled UI library's innerHTML`,
);
if (ours.length > 0) process.exit(1);
