// How much of the machine the benchmark really got: the same spin on one thread, then on two at once.
import { Worker } from 'node:worker_threads';

const spin = 'let total = 0; for (let index = 0; index < 2e8; index += 1) total += index % 7;';

/** 2.0 means two free cores; near 1.0, the second core was busy with other work while the bench ran. */
export async function parallelSpeedup(): Promise<number> {
  const one = await timed(1);
  const two = await timed(2);
  return (2 * one) / two;
}

async function timed(threads: number): Promise<number> {
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((resolve) => new Worker(spin, { eval: true }).on('exit', resolve))));
  return performance.now() - startedAt;
}
