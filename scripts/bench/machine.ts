/** The machine the figures were taken on, for the report's header. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';

/** `loadAtStart`: the 1-minute load average when the run began (other work on the machine skews the figures). */
export function machine(chromium: string, loadAtStart: number): string[] {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  return [
    `Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `CPU: ${cpu}, nproc ${nproc}`,
    `Memory: ${(totalmem() / 1073741824).toFixed(1)} GiB; load average at the start of the run ${loadAtStart.toFixed(2)}`,
    `Node ${process.version}, Chromium ${chromium} (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, headless)`,
  ];
}
