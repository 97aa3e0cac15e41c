/**
 * Collapsed-view parity: every labelled fixture thread rendered by each demo client as the
 * client opens a conversation by default (older messages collapsed to their preview line, long
 * conversations bundled or folded), read as the sidebar reads it, against the core's reading of
 * the whole thread. Shares, measured in this run: with nothing remembered, and after one visit
 * that showed the conversation expanded. Targets: 95% (status, stage) and 100%.
 */
import {
  labelledThreads,
  parityFigures,
  parityRow,
  type Client,
} from '../tests/parity/collapsed-parity';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export default async function parityBench(): Promise<void> {
  const threads = labelledThreads();
  for (const client of ['gmail', 'outlook'] as Client[]) {
    const rows = [];
    for (const l of threads) rows.push(await parityRow(l, client));
    const f = parityFigures(rows);
    const unseen = rows.filter((r) => r.coldUnseen > 0).length;
    console.log(`${client}: ${f.threads} threads, ${unseen} of them shown with messages unseen`);
    console.log(
      `  nothing remembered:   status ${pct(f.cold.status)}, stage ${pct(f.cold.stage)}, invoice facts ${pct(f.cold.facts)}`,
    );
    console.log(
      `  seen expanded once:   status ${pct(f.seen.status)}, stage ${pct(f.seen.stage)}, invoice facts ${pct(f.seen.facts)}`,
    );
    for (const miss of f.misses) console.log(`  miss: ${miss}`);
  }
}
