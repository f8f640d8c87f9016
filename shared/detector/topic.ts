/**
 * The topic decision: is this article about a message exchange (or a meeting) between
 * Xi and Kim, rather than merely about China and North Korea? Pure; runs in the background.
 *
 * The rule: a sentence that names both leaders (or their titles) together with an
 * exchange or meeting word is the signal. It counts in the headline or the opening,
 * where a story states its subject; deep in the body it only counts on live blogs, since
 * an opinion piece or a Kim–Putin story may recall a Xi letter in passing.
 */
import type { ArticleFacts } from './article';
import { articleSender, type Sender } from './direction';
import { countMatches, hasMatch, normalize, sentences } from './text';
import { BACKGROUND, BOTH_LEADERS, CHINA, CONDOLENCE, DEBUNK, EXCHANGE, FUTURE, KIM, MEETING, NORTH_KOREA, OFFICIALS, OTHER_LEADERS, OTHER_TOPICS, RECOLLECTION, THANKS, XI } from './vocabulary';

export interface TopicSignals {
  onTopic: boolean;
  /** 0..1, how strongly the article states the exchange. */
  strength: number;
  /** Sentences that carry the signal (normalised), headline first. */
  evidence: string[];
  /** Who the article says sent the message ('both' for an exchange), when it can tell (direction.ts). */
  sender: Sender | null;
  meeting: boolean;
}

/** Names both leaders, or "the two leaders" of China and North Korea. */
const namesBothLeaders = (s: string): boolean =>
  (hasMatch(XI, s) && hasMatch(KIM, s)) || (hasMatch(BOTH_LEADERS, s) && hasMatch(CHINA, s) && hasMatch(NORTH_KOREA, s));

/**
 * A sentence that names both leaders and an exchange or meeting word, and states it: a question
 * (a quiz, "will they meet?") states nothing, and a meeting spoken of in the future or as a plan
 * ("Xi is expected to visit", "방북할 예정", "将访问") is speculation, not a report.
 */
function isSignal(s: string): boolean {
  if (!namesBothLeaders(s) || /[?？]\s*$/.test(s)) return false;
  if (hasMatch(EXCHANGE, s)) return true;
  return hasMatch(MEETING, s) && !hasMatch(FUTURE, s);
}

/**
 * Signals in the opening: single sentences, and pairs of neighbouring sentences, since a
 * story often gives Xi's message in one sentence and Kim's answer in the next.
 */
function openingSignals(leadSentences: string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < leadSentences.length; i++) {
    const one = leadSentences[i]!;
    const pair = i + 1 < leadSentences.length ? `${one} ${leadSentences[i + 1]}` : '';
    if (isSignal(one)) found.push(one);
    else if (pair && isSignal(pair) && hasMatch(EXCHANGE, one) && !found.includes(leadSentences[i + 1]!)) found.push(pair);
  }
  return found;
}

export function decideTopic(article: ArticleFacts): TopicSignals {
  const headline = normalize(article.headline);
  const leadSentences = sentences(normalize(article.lead)).slice(0, 8);
  const evidence: string[] = [];
  let score = 0;

  const headlineSignal = isSignal(headline);
  if (headlineSignal) {
    score += 3;
    evidence.push(headline);
  }
  const fromOpening = openingSignals(leadSentences);
  const leadSignals = fromOpening.length;
  evidence.push(...fromOpening);
  score += Math.min(leadSignals, 2) * 1.5;

  const headlineNamesSide = hasMatch(XI, headline) || hasMatch(KIM, headline) || hasMatch(CHINA, headline) || hasMatch(NORTH_KOREA, headline) || /북중|中朝|朝中/.test(headline);
  // The headline's own exchange or meeting word, unless it only dates the story ("trade rises
  // following summit", "정상회담 이후", "峰会后"): then the meeting is background.
  const headlineAct = [EXCHANGE, MEETING, CONDOLENCE, THANKS].some((re) => hasMatch(re, headline.replace(BACKGROUND, ' ')));
  // A meeting of ministers, premiers or envoys ("Wang Yi holds talks with Ri Yong Ho") is not the
  // leaders': under such a headline only a message between the leaders, told as news, is the story.
  const officialsMeet = hasMatch(OFFICIALS, headline) && hasMatch(MEETING, headline) && !hasMatch(EXCHANGE, headline);
  // A headline naming one side with a message, condolence, thanks or meeting word ("Kim visits Chinese
  // embassy to console") lets a signal further down the story count.
  const headlineSuggests = headlineNamesSide && headlineAct && !officialsMeet && !hasMatch(OTHER_TOPICS, headline);

  let bodySignals = 0;
  if (article.pageKind === 'liveblog' || (!headlineSignal && leadSignals === 0)) {
    for (const s of sentences(normalize(article.text.slice(0, 60_000)))) {
      if (isSignal(s)) {
        bodySignals++;
        if (evidence.length < 6) evidence.push(s);
      }
    }
  }

  // A headline about the leaders' dealings with someone else (Putin, Trump...), or about another
  // subject (a missile launch, trade, football), needs more proof than one sentence recalling an exchange.
  const headlineElsewhere = !headlineSignal && (hasMatch(OTHER_LEADERS, headline) || (hasMatch(OTHER_TOPICS, headline) && !headlineAct));
  // Under a headline that does not itself speak of an exchange, a sentence recalling past ones
  // ("met repeatedly in 2018", "去年以来多次会晤", "met in Beijing in September") is background, not the story.
  // Under a headline that suggests the exchange, the story's first signal is its news even with
  // "earlier this year" in it ("Kim sent New Year's cards earlier this year to Xi").
  const current = fromOpening.filter((sentence, i) => ((headlineSuggests && i === 0) || !hasMatch(RECOLLECTION, sentence)) && (!officialsMeet || hasMatch(EXCHANGE, sentence)));
  const currentLeadSignals = current.length;

  let onTopic: boolean;
  // A fact-check of a fake letter is not news of an exchange.
  if (article.pageKind === 'listing' || hasMatch(DEBUNK, headline)) onTopic = false;
  else if (headlineSignal) onTopic = true;
  else if (article.pageKind === 'liveblog') onTopic = bodySignals > 0;
  // Off-subject headline: the exchange must open the story and recur, not be recalled in passing.
  else if (headlineElsewhere) onTopic = current.length >= 2 && leadSentences.slice(0, 2).some((x) => isSignal(x) && !hasMatch(RECOLLECTION, x));
  else onTopic = (currentLeadSignals >= 1 && headlineNamesSide) || (headlineSuggests && bodySignals >= 1);

  const sender = articleSender(headline, evidence);
  // The story's main sentence says whether it reports a meeting or a message.
  const main = evidence[0] ?? '';
  const meeting = hasMatch(MEETING, main) && !hasMatch(EXCHANGE, main);
  const strength = Math.min(1, score / 6 + (onTopic ? 0.2 : 0) + Math.min(countMatches(EXCHANGE, headline), 2) * 0.05);
  return { onTopic, strength: onTopic ? strength : 0, evidence, sender, meeting };
}
