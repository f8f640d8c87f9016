/** Runs every browser test suite; `npm run test:browser [-- filter]` (a suite or a test name, or part of one). */
import { run } from './harness';
import { chromiumHooks } from './chromium.test';
import { firefoxHooks } from './firefox.test';
import { sidebarHooks } from './sidebar.test';
import { sidebarLanguagesHooks } from './sidebar-languages.test';
import { sidebarFixtureHooks } from './sidebar-fixture.test';
import { sidebarLayoutHooks } from './sidebar-layout.test';
import { notesHooks } from './notes.test';
import { hostileHooks } from './hostile.test';
import { highlightsHooks } from './highlights.test';
import { notebookHooks } from './notebook.test';
import { firefoxNotesHooks } from './firefox-notes.test';
import { datesHooks } from './dates.test';
import { explorerHooks } from './explorer.test';
import { libraryHooks } from './library.test';
import { libraryPacksHooks } from './library-packs.test';
import { libraryFirefoxHooks } from './library-firefox.test';
import { frameHooks } from './frame.test';
import { frameFirefoxHooks } from './frame-firefox.test';

const filter = process.argv[2];
const [passed, failed] = await run({ ...chromiumHooks, ...sidebarHooks, ...sidebarLanguagesHooks, ...sidebarFixtureHooks, ...sidebarLayoutHooks, ...firefoxHooks, ...notesHooks, ...highlightsHooks, ...notebookHooks, ...firefoxNotesHooks, ...hostileHooks, ...datesHooks, ...explorerHooks, ...libraryHooks, ...libraryPacksHooks, ...libraryFirefoxHooks, ...frameHooks, ...frameFirefoxHooks }, filter);
console.log(`\n${passed} passed, ${failed} failed`);
// Browsers and servers are closed by the suites; exit even if a stray handle lingers.
process.exit(failed ? 1 : 0);
