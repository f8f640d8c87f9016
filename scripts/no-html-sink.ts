/**
 * Removes Preact's one HTML sink (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`)
 * from the UI bundles. Our components never use dangerouslySetInnerHTML (eslint forbids
 * it), so the branch is dead code; with it gone no component can turn dataset or page
 * text into markup, and the add-ons linter has no UNSAFE_VAR_ASSIGNMENT to report.
 */
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/][^\\/]+\.m?js$/;
const SINK = /\b[\w$]+\.innerHTML=[\w$]+\.__html\b/g;
const DISABLED = '(()=>{throw new Error("Lips & Teeth: dangerouslySetInnerHTML is disabled")})()';

export function noHtmlSink(): Plugin {
  return {
    name: 'lips-and-teeth-no-html-sink',
    transform(code, id) {
      if (!PREACT.test(id.split('?')[0]!) || !code.includes('.innerHTML')) return null;
      const sinks = code.match(SINK)?.length ?? 0;
      // A new Preact release may write it differently: fail loudly rather than ship the sink.
      if (sinks !== 1) this.error(`expected one innerHTML sink in ${id}, found ${sinks}; update scripts/no-html-sink.ts`);
      return { code: code.replace(SINK, DISABLED), map: null };
    },
  };
}
