/**
 * A small sequential test runner for the browser tests: they share one browser per
 * suite, so they run in order. Ends with the plain line `N passed, N failed`.
 */
export type TestFn = () => Promise<void>;
const tests: { suite: string; name: string; fn: TestFn }[] = [];
let currentSuite = '';

export function suite(name: string, body: () => void): void {
  currentSuite = name;
  body();
  currentSuite = '';
}

export function test(name: string, fn: TestFn): void {
  tests.push({ suite: currentSuite, name, fn });
}

export class AssertionError extends Error {}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new AssertionError(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new AssertionError(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

export interface Hooks {
  before?: () => Promise<void>;
  after?: () => Promise<void>;
}

/** Runs every registered test of the given suites; returns [passed, failed]. */
export async function run(hooks: Record<string, Hooks>, only?: string): Promise<[number, number]> {
  let passed = 0;
  let failed = 0;
  // `only` picks whole suites by name, or single tests by name.
  const chosen = tests.filter((t) => !only || t.suite.includes(only) || t.name.includes(only));
  const suites = [...new Set(chosen.map((t) => t.suite))];
  for (const s of suites) {
    console.log(`\n${s}`);
    const h = hooks[s] ?? {};
    try {
      await h.before?.();
    } catch (e) {
      const count = tests.filter((t) => t.suite === s).length;
      console.log(`  ✗ setup failed: ${e instanceof Error ? e.stack : String(e)}`);
      failed += count;
      continue;
    }
    for (const t of chosen.filter((x) => x.suite === s)) {
      const started = Date.now();
      try {
        await t.fn();
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${t.name}\n      ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    await h.after?.().catch((e: unknown) => console.log(`  (teardown: ${String(e)})`));
  }
  return [passed, failed];
}
