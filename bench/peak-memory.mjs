// Preloaded into a benchmarked child (`node --import`): writes its peak resident memory, worker threads included, on exit.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_MEMORY_FILE;
if (file) {
  process.on('exit', () => {
    // maxRSS is in kilobytes and covers the whole process, so every worker thread is counted.
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
