/**
 * The phrases an article quotes, with who said them: what a reader keeps as the article's
 * wording. Pure, so the sidebar's form, the automatic capture and `npm run dataset:draft`
 * read an article the same way.
 */
import type { Phrase, Speaker } from '../dataset/schema';
import { KIM, XI } from '../detector/vocabulary';
import { normalize, sentences } from '../detector/text';

/** Quotation marks news sites use in English, Korean and Chinese: “…”, "…", ‘…’, 「…」, 『…』. */
const QUOTES = /“([^“”]{2,200})”|"([^"]{2,200})"|‘([^‘’]{2,200})’|「([^「」]{2,200})」|『([^『』]{2,200})』/g;
const AGENCY = /\b(?:kcna|xinhua|rodong sinmun|korean central news agency|people's daily|cctv)\b|조선중앙통신|조선중앙방송|로동신문|노동신문|신화통신|신화사|新华社|朝中社|朝鲜中央通讯社|劳动新闻|人民日报|央视/;
/** The validator's limits for a short quote (shared/dataset/validate.ts). */
const MAX_WORDS = 16;
const MAX_CHARS = 120;

const words = (text: string): number => {
  const han = (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  return text.split(/\s+/).filter(Boolean).length + Math.floor(han / 2);
};

/**
 * Where in `text` the leader a regex names last appears as a speaker, or -1. A name in the
 * recipient's place ("to Kim", "김정은에게", "向金正恩") is not who speaks.
 */
function lastSpeakerIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!/(?:\bto |向|给|致)$/.test(before) && !/^(?:에게|께|에 )/.test(after)) last = m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return last;
}

/**
 * Who said a quote: the leader or agency named closest before it in its sentence ("Kim said
 * that …"), else the one named right after it ("…, Xi said"), else the exchange's sender.
 */
function speakerOf(before: string, after: string, sender: 'xi' | 'kim' | 'both' | null): Speaker {
  const b = normalize(before);
  const named: [Speaker, number][] = [['xi', lastSpeakerIndex(XI, b)], ['kim', lastSpeakerIndex(KIM, b)], ['agency', AGENCY.exec(b)?.index ?? -1]];
  const nearest = named.filter(([, i]) => i >= 0).sort((x, y) => y[1] - x[1])[0];
  if (nearest) return nearest[0];
  const a = normalize(after.slice(0, 60));
  const [xi, kim] = [lastSpeakerIndex(XI, a), lastSpeakerIndex(KIM, a)];
  if (xi >= 0 && kim < 0) return 'xi';
  if (kim >= 0 && xi < 0) return 'kim';
  if (AGENCY.test(a)) return 'agency';
  return sender === 'xi' || sender === 'kim' ? sender : 'agency';
}

/**
 * Short quoted phrases in the headline and the story, in order, each once, with their speaker.
 * Quotes too long for the dataset's short-quote rule, single words and titles in quotation
 * marks of a few letters are left out. At most `limit`.
 */
export function quotedPhrases(headline: string, text: string, sender: 'xi' | 'kim' | 'both' | null, limit = 8): Phrase[] {
  const out: Phrase[] = [];
  const seen = new Set<string>();
  for (const sentence of [headline, ...sentences(text.slice(0, 30_000))]) {
    QUOTES.lastIndex = 0;
    for (let m = QUOTES.exec(sentence); m; m = QUOTES.exec(sentence)) {
      const quoted = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').replace(/\s+/g, ' ').trim().replace(/^[,.;:]+|[,;:]+$/g, '');
      const n = words(quoted);
      if (n < 2 || n > MAX_WORDS || quoted.length > MAX_CHARS || quoted.length < 4) continue;
      const key = normalize(quoted);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: quoted, speaker: speakerOf(sentence.slice(0, m.index), sentence.slice(m.index + m[0].length), sender) });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
