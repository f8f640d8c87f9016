/**
 * The gate's first stage, written in at build time from shared/detector/gate-vocabulary.json,
 * so the script that runs on every page carries no vocabulary list, no code to join it, and
 * no regular expression.
 *
 * `virtual:first-stage` is the stage as a function (`firstStage(folded)`). In the declared
 * gate (extension/content/gate.ts) the build goes one step further and replaces the call
 * `firstStage(folded)` with the function's body, one chain of `includes` tests: in a content
 * script's fresh world, calling a function of the script's own costs more than the tests
 * themselves (docs/gate-cost.md). The result is the same either way; the function is then
 * unused and dropped.
 */
import type { Plugin } from 'vite';
import { boundarySource, firstStageExpression, firstStageSource } from '../shared/detector/first-stage';

const ID = 'virtual:first-stage';
const RESOLVED = `\0${ID}`;
const GATE = /[\\/]extension[\\/]content[\\/]gate\.ts$/;
const CALL = 'firstStage(folded)';

export function firstStage(): Plugin {
  return {
    name: 'lips-and-teeth-first-stage',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? firstStageSource() : undefined),
    transform(code, id) {
      if (!GATE.test(id)) return undefined;
      if (code.split(CALL).length !== 2) throw new Error(`first-stage plugin: ${id} must call ${CALL} exactly once`);
      return { code: `${code.replace(CALL, `(${firstStageExpression('folded')})`)}\n${boundarySource()}\n`, map: null };
    },
  };
}
