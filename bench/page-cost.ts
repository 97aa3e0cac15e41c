/**
 * What the mail-client benches measure on a page, shared by bench/gmail.bench.ts and
 * bench/outlook.bench.ts: the CPU time the OS gives the renderer's main thread while a burst of
 * mutations runs, the extension's own JavaScript in a sampled profile, and a bootstrap interval
 * over the browsers' ratios.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** A thread as the OS knows it: /proc/<pid>/task/<tid>. */
export interface OsThread {
  pid: number;
  tid: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/** CPU time the OS has given one thread so far, ms (the first field of schedstat, in ns). */
export function threadCpuMs({ pid, tid }: OsThread): number {
  const stat = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8');
  return Number(stat.split(' ')[0]) / 1e6;
}

/**
 * Main-thread CPU time of the page while one burst runs, in ms, as the OS counts it for the
 * renderer's main thread: everything that thread did, the page's scripts, style, layout, paint,
 * GC and the extension's work alike, with no tracer in the way. CPU time, not wall time, so
 * other processes competing for the machine's two cores do not count.
 */
export async function osBurstTime(page: Page, thread: OsThread, burst: string): Promise<number> {
  const before = threadCpuMs(thread);
  await page.evaluate(burst);
  return threadCpuMs(thread) - before;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

/**
 * Self time of the extension's own code (chrome-extension:// frames) in a sampled profile of
 * bursts, ms per burst: far less noisy than the ratio on a shared machine, and it is the part
 * the watchers' pacing and fingerprints decide.
 */
export async function extensionJsPerBurst(page: Page, burst: string, bursts = 5): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < bursts; i++) await page.evaluate(burst);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const ours = new Set(
    profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id),
  );
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (ours.has(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000 / bursts;
}

/** A 90% interval of the mean of the browsers' ratios, resampling the browsers. */
export function bootstrapInterval(ratios: number[]): [number, number] {
  let seed = 20261127;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const means = Array.from(
    { length: 2000 },
    () =>
      ratios.reduce((sum) => sum + ratios[Math.floor(random() * ratios.length)]!, 0) /
      ratios.length,
  );
  means.sort((a, b) => a - b);
  return [means[100]!, means[1899]!];
}
