/**
 * Writes the gate's first-stage pattern into the declared content script as a regex
 * literal at build time (`import FIRST_STAGE from 'virtual:gate-pattern'`), so the
 * script that runs on every page carries neither the vocabulary lists nor the code to
 * join and compile them.
 */
import type { Plugin } from 'vite';
import { firstStageLiteral } from '../shared/detector/gate';

const ID = 'virtual:gate-pattern';
const RESOLVED = `\0${ID}`;

export function gatePattern(): Plugin {
  return {
    name: 'lips-and-teeth-gate-pattern',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${firstStageLiteral()};\n` : undefined),
  };
}
