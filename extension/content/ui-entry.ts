/**
 * Built as ui.js: the launcher and sidebar frame. The background injects it into the
 * content script's isolated world only on candidate pages or when the reader asks for
 * the sidebar, so the script that runs on every page stays within its 8 KB budget.
 */
import { createSidebarFrame } from './sidebar-frame';

const world = globalThis as { __lipsAndTeethUi?: typeof createSidebarFrame };
world.__lipsAndTeethUi ??= createSidebarFrame;
