/**
 * Who sent the message a sentence reports, from the grammar of each language:
 *
 * - English: "from X" and "by X" name the sender, "X's letter" too (but "in response to X's
 *   letter" names the one answered); "to X", "sent X a message", "congratulated X",
 *   "answered X" name the recipient; otherwise the leader named before the verb acts.
 * - Korean: a recipient takes 에게, 께 (not the honorific subject 께서), 한테 or 에 before a
 *   sending word (보냈다, 답전, 축전, 친서…); a sender takes 로부터/에게서 or the genitive 의
 *   before the message ("시진핑의 축전"); otherwise the subject (이/가/은/는/께서) acts.
 *   "…보내신 데 대한 회답으로 X가" (in answer to …, X): the clause after the answer acts.
 * - Chinese (simplified; traditional is folded by normalize): 致电/复电/致信/祝贺/感谢 X and
 *   向/给 X name the recipient; 收到/来自 X and "X的贺电" the sender; 代 X ("on X's behalf")
 *   the sender, 请…向 X 转达 (asked someone to pass on to X) the one asking; a name run into
 *   its message ("金正恩亲笔信", "김정은 친서") wrote it.
 * - "exchanged", 교환, 주고받, 互致: both.
 *
 * Works on normalised text (lowercase, traditional folded, quotes unified).
 */
import { EXCHANGE, KIM, XI } from './vocabulary';

export type Sender = 'xi' | 'kim' | 'both';

type Leader = 'xi' | 'kim';
interface Mention {
  who: Leader;
  start: number;
  end: number;
}

const other = (who: Leader): Leader => (who === 'xi' ? 'kim' : 'xi');

function mentions(s: string): Mention[] {
  const found: Mention[] = [];
  for (const [who, re] of [['xi', XI], ['kim', KIM]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      found.push({ who, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
    re.lastIndex = 0;
  }
  return found.sort((a, b) => a.start - b.start);
}

const BOTH = /exchang|\bmutual|교환|주고받|互致|互相致|互电/;
/** A reply clause: what follows names the one answering. */
const ANSWER = /회답으로|답례로|답전으로|in (?:response|reply|answer) to [^,;]*?,|作为回复|作为回应|复电说|回应/;

/** English: words before a leader that make them the recipient, and those that make them the sender. */
const EN_TO = /(?:\bto|\bsent|\bsends|\bsend|\bsending|\bcongratulat\w*|\bthank(?:ed|s|ing)?|\bwished|\bgreeted|\bconsoled|\banswer(?:ed|s|ing)?|\bwrote|\bwrites|\bwriting|\bmessaged|\btold)\s+(?:(?:the|a|an|chinese|china's|north|korean|korea's|dprk|president|leader|chairman|general|secretary|supreme|top|counterpart|comrade|his|its|their)\s+){0,5}$/;
const EN_FROM = /\b(?:from|by)\s+(?:(?:the|chinese|china's|north|korean|korea's|dprk|president|leader|chairman|general|secretary|supreme|top|counterpart|comrade)\s+){0,5}$/;
const EN_ANSWERED_POSSESSIVE = /\b(?:to|answer(?:ed|s|ing)?|for|responding to|replying to|in response to|in reply to)\s+(?:(?:the|chinese|china's|north|korean|korea's|president|leader|chairman|general|secretary)\s+){0,4}$/;
const MESSAGE_AFTER_POSSESSIVE = /^(?:'s|’s) (?:[a-z-]+ ){0,3}?(?:message|messages|letter|letters|reply|greetings|greeting|congratulations|card|cards|condolences|telegram)\b/;

/**
 * Korean: particles after a leader's name, or after up to two title words that follow it
 * ("시진핑 중국 국가주석에게", "시진핑 주석으로부터"); a word ending in 과/와 (and) ends the name's phrase.
 */
const KO_NAME = '^\\s?(?:[^\\s,.]*[^\\s,.과와]\\s){0,2}?[^\\s,.]{0,8}?';
const KO_TO = new RegExp(`${KO_NAME}(?:에게|께(?!서)|한테|앞으로)`);
const KO_TO_EI = new RegExp(`${KO_NAME}에(?!서|게| 대한| 대해|도| 따르| 의한| 의해| 있)`);
const KO_SEND_WORD = /보내|보냈|답전|축전|친서|서한|편지|연하장|전문|메시지|조전|위문|감사|사의|축하|전달|전했/;
const KO_FROM = new RegExp(`${KO_NAME}(?:로부터|으로부터|에게서|한테서)|${KO_NAME}의\\s?(?:축전|답전|친서|서한|구두친서|구두 친서|편지|연하장|메시지|위문전문|위문 서한|조전|축하)`);
const KO_SUBJECT = new RegExp(`${KO_NAME}(?:께서|이|가|은|는)(?=\\s|$)`);

/** Chinese: the verb or preposition right before a leader's name (titles in between). */
const ZH_TO = /(?:致电|致信|致函|复电|复信|回电|回信|致贺电|致贺|电贺|祝贺|感谢|慰问|致以|答谢|致|向|给)[^，。；、：]{0,22}$/;
const ZH_FROM = /(?:收到|接到|来自|代表?|代)[^，。；、：]{0,16}$/;
const ZH_POSSESSIVE_FROM = /^[^，。；]{0,4}?的(?:贺电|复电|口信|贺信|来信|信|贺卡|唁电|慰问电|亲笔信|回电)/;
const ZH_ASKED = /请[^，。；]{0,12}向[^，。；]{0,16}$/;
/** Answering a message: the name after it wrote the message answered, so it receives the answer. */
const ZH_ANSWER_TO = /(?:回复|答复|复电|复信|回电|回信|回应|答谢|感谢)[^，。；、：]{0,22}$/;
/** Korean: "시진핑의 축전에 대한 답전", "시진핑의 축전에 사의": the message answered is the name's. */
const KO_ANSWERED = new RegExp(`${KO_NAME}의\\s?(?:축전|친서|서한|구두친서|구두 친서|편지|연하장|메시지|위문전문|조전|축하)[을를에]?\\s?(?:대한|대해|대하여|감사|사의|답|화답|회답)`);
/** A name run into the message it wrote: "金正恩亲笔信", "김정은 친서" (Kim's letter). */
const OWN_MESSAGE = /^\s?(?:亲笔信|亲署信|贺电|口信|贺卡|唁电|贺信|친서|축전|답전|구두친서|연하장|조전)/;

function senderIn(s: string): Leader | null {
  const all = mentions(s);
  if (all.length === 0) return null;
  const votes = { xi: 0, kim: 0 };
  for (const [k, m] of all.entries()) {
    // What stands between this name and the other leader's: a particle or verb there is this name's.
    const previous = all.slice(0, k).reverse().find((o) => o.who !== m.who);
    const next = all.slice(k + 1).find((o) => o.who !== m.who);
    const before = s.slice(Math.max(0, m.start - 60, previous?.end ?? 0), m.start);
    const after = s.slice(m.end, Math.min(m.end + 40, next?.start ?? Infinity));
    // Chinese: "请李强向习近平转达问候" (asked to convey to X) — the one asking sends.
    if (ZH_ASKED.test(before)) {
      const asker = all.filter((o) => o.start < m.start && o.who !== m.who).at(-1);
      if (asker) votes[asker.who] += 2;
      continue;
    }
    // "致习近平的亲笔信" (a letter to Xi): the verb before the name outweighs the possessive after it.
    if ((EN_ANSWERED_POSSESSIVE.test(before) && /^(?:'s|’s)\b/.test(after)) || ZH_ANSWER_TO.test(before) || ZH_TO.test(before) || KO_ANSWERED.test(after)) votes[other(m.who)] += 2;
    else if (MESSAGE_AFTER_POSSESSIVE.test(after) || KO_FROM.test(after) || ZH_POSSESSIVE_FROM.test(after) || OWN_MESSAGE.test(after)) votes[m.who] += 2;
    else if (EN_FROM.test(before) || ZH_FROM.test(before)) votes[m.who] += 2;
    else if (EN_TO.test(before) || ZH_TO.test(before) || KO_TO.test(after) || (KO_TO_EI.test(after) && KO_SEND_WORD.test(s.slice(m.end, m.end + 60)))) votes[other(m.who)] += 2;
  }
  if (votes.xi !== votes.kim) return votes.xi > votes.kim ? 'xi' : 'kim';
  // No marker decided: the subject acts. In Korean the subject takes 이/가/은/는/께서; elsewhere the
  // first-named leader acts if an exchange word follows them.
  const subject = all.find((m) => KO_SUBJECT.test(s.slice(m.end, m.end + 20)));
  const verb = (() => {
    EXCHANGE.lastIndex = 0;
    const v = EXCHANGE.exec(s);
    EXCHANGE.lastIndex = 0;
    return v ? v.index : -1;
  })();
  if (verb < 0) return null;
  if (subject && subject.start < verb) return subject.who;
  const first = all[0]!;
  return first.start < verb ? first.who : null;
}

/** The sender a sentence states, 'both' for an exchange, or null when it does not say. */
export function senderOf(sentence: string): Sender | null {
  if (BOTH.test(sentence) && mentions(sentence).length > 0) return 'both';
  const answer = ANSWER.exec(sentence);
  // "In answer to X's message, Y …": the clause after the answer names the one answering.
  if (answer) {
    const rest = sentence.slice(answer.index + answer[0].length);
    const fromRest = senderIn(rest);
    if (fromRest) return fromRest;
  }
  return senderIn(sentence);
}

/**
 * The article's sender, from the headline (counted twice) and the sentences that carry the
 * story: the one most of them name; null when they disagree evenly or say nothing.
 */
export function articleSender(headline: string, evidence: readonly string[]): Sender | null {
  const tally = new Map<Sender, number>();
  const add = (s: Sender | null, weight: number) => s && tally.set(s, (tally.get(s) ?? 0) + weight);
  add(senderOf(headline), 2);
  for (const sentence of evidence.slice(0, 6)) if (sentence !== headline) add(senderOf(sentence), 1);
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]![1])) return null;
  return ranked[0]![0];
}
