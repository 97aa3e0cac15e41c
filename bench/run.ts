/**
 * `npm run bench [name]`: runs every bench/*.bench.ts (or those whose name contains `name`) in
 * name order, each in a fresh Node process so that one bench's heap, RSS and JIT state do not
 * colour the next one's figures. Each reports ratios measured in its own run (with vs. without
 * the extension, analysis vs. JSON.parse), never absolute timings compared across machines.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const single = process.env.UNGHOST_BENCH_FILE;

if (single) {
  const mod = (await import(pathToFileURL(join(dir, single)).href)) as {
    default: () => Promise<void>;
  };
  await mod.default();
} else {
  const only = process.argv[2];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  let failed = 0;
  for (const file of files) {
    console.log(`\n== ${file.replace('.bench.ts', '')}`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, UNGHOST_BENCH_FILE: file },
    });
    if (run.status !== 0) failed++;
  }
  process.exitCode = failed ? 1 : 0;
}
