/**
 * The sidebar's content at the window sizes readers have: 1400 and 800 px wide, and 200 %
 * zoom (a 1400×900 window zoomed to 200 % is a 700×450 CSS-pixel window at scale 2; CSS zoom
 * inside the sidebar halves its width again). Content stays inside the sidebar's width, the
 * first screen keeps its order, and every control can be reached with the keyboard.
 */
import type { Frame } from 'playwright-core';
import { assert, assertEqual, suite, test, type Hooks } from './harness';
import { launchChromium, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { corpus, seedLabels } from './fixtures';
import { messagesOf, openSidebarOn } from './sidebar-helpers';

const NAME = 'Chromium: the sidebar at 1400 and 800 px and at 200 % zoom';
const server = new FixtureServer();
let msg: Awaited<ReturnType<typeof messagesOf>>;

export const sidebarLayoutHooks: Record<string, Hooks> = {
  [NAME]: {
    before: async () => {
      msg = await messagesOf('en');
      for (const c of await corpus()) server.set(c.servedUrl, c.html);
      await server.start();
    },
    after: async () => {
      await server.stop();
    },
  },
};

/** Anything wider than the sidebar: the document itself, or an element sticking out on the right. */
const overflow = (frame: Frame) =>
  frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 1;
      })
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.documentElement.scrollWidth - width, wide };
  });

async function expandAll(frame: Frame) {
  while ((await frame.locator('button.more').count()) > 0) await frame.locator('button.more').first().click();
}

async function withSession(options: Parameters<typeof launchChromium>[2], body: (s: ChromiumSession) => Promise<void>) {
  const session = await launchChromium(server.port, undefined, options);
  try {
    await body(session);
  } finally {
    await session.close();
  }
}

suite(NAME, () => {
  test('at 1400 and 800 px: nothing wider than the sidebar, the exchange and what stands out on the first screen', async () => {
    await withSession({ viewport: { width: 1400, height: 900 } }, async (session) => {
      for (const width of [1400, 800]) {
        for (const seed of await seedLabels()) {
          const page = await session.context.newPage();
          await page.setViewportSize({ width, height: 900 });
          const { frame } = await openSidebarOn(session, seed.servedUrl, page);
          const frameBox = (await page.locator('lips-and-teeth-ui >> iframe').boundingBox())!;
          assert(frameBox.width >= 280 && frameBox.x + frameBox.width <= width + 1, `${seed.file} at ${width}: the sidebar in the window (${JSON.stringify(frameBox)})`);
          for (const selector of ['#top', '#stands-out-heading']) {
            const b = await frame.$eval(selector, (el) => el.getBoundingClientRect().bottom <= innerHeight);
            assert(b, `${seed.file} at ${width}: ${selector} on the first screen`);
          }
          await expandAll(frame);
          const o = await overflow(frame);
          assert(o.scroll <= 0 && o.wide.length === 0, `${seed.file} at ${width}: content wider than the sidebar (${JSON.stringify(o)})`);
          await page.close();
        }
      }
    });
  });

  test('at 200 % zoom: the sidebar keeps its content in its width, says what the exchange is first, and every control is reachable by keyboard', async () => {
    await withSession({ viewport: { width: 700, height: 450 }, deviceScaleFactor: 2 }, async (session) => {
      const seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
      const { page, frame } = await openSidebarOn(session, seed.servedUrl);
      const top = await frame.$eval('#top', (el) => el.getBoundingClientRect());
      assert(top.top >= 0 && top.top < 200, `the title near the top (${top.top})`);
      await expandAll(frame);
      const o = await overflow(frame);
      assert(o.scroll <= 0 && o.wide.length === 0, `content wider than the sidebar (${JSON.stringify(o)})`);
      // Tab through every control: each one, once focused, is on screen and not clipped.
      const count = await frame.$$eval('main a[href], main button, main input, main textarea', (els) => els.length);
      await frame.focus('#top');
      const seen = new Set<string>();
      for (let i = 0; i < count + 5; i++) {
        await page.keyboard.press('Tab');
        const f = await frame.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const r = el.getBoundingClientRect();
          return { path: `${el.tagName}:${el.textContent?.slice(0, 30)}:${Math.round(r.top + scrollY)}`, inside: r.width > 0 && r.height > 0 && r.left >= -1 && r.right <= innerWidth + 1 && r.top >= -1 && r.bottom <= innerHeight + 1, inMain: !!el.closest('main') };
        });
        if (!f.inMain) continue;
        assert(f.inside, `focused control on screen: ${f.path}`);
        seen.add(f.path);
      }
      assert(seen.size >= Math.min(count, 20), `keyboard reached ${seen.size} of ${count} controls`);
      await page.close();
    });
  });

  test('at 200 % CSS zoom inside the sidebar (half its width): nothing wider than the sidebar, the table stacks', async () => {
    await withSession({ viewport: { width: 1400, height: 900 } }, async (session) => {
      for (const seed of await seedLabels()) {
        const { page, frame } = await openSidebarOn(session, seed.servedUrl);
        await frame.evaluate(() => (document.documentElement.style.zoom = '2'));
        await expandAll(frame);
        const o = await overflow(frame);
        assert(o.scroll <= 0 && o.wide.length === 0, `${seed.file}: content wider than the sidebar at 200 % (${JSON.stringify(o)})`);
        assertEqual(await frame.$eval('table.wording th.who', (th) => getComputedStyle(th).display), 'block', `${seed.file}: each rendering under its source`);
        assert((await frame.textContent('#top'))?.trim(), 'the title still there');
        assert(msg('standsOutHeading') === (await frame.textContent('#stands-out-heading'))?.trim(), 'what stands out still there');
        await page.close();
      }
    });
  });
});
