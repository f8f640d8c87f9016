/**
 * How well sourced the dataset is: the figures the product requires (share of events with
 * a state-media readout, with two or three independent sources, with a Korean or Chinese
 * source). Used by the dataset test and by `npm run dataset:stats`.
 */
import type { ExchangeEvent } from './schema';

/** The product's minimums. Lowering one hides a gap; add sources instead. */
export const COVERAGE_THRESHOLDS = {
  events: 100,
  withReadout: 0.7,
  twoOrganisations: 0.85,
  threeOrganisations: 0.5,
  koreanOrChinese: 0.3,
} as const;

/**
 * Organisations that write stories other sites carry. The bundled dataset names the writer in
 * `outlet` ("Yonhap News Agency", via "The Korea Herald"), and `via`, the site a copy was read on,
 * never counts. A label naming a wire anywhere (the older "The Korea Herald (Yonhap)" style, which
 * an exchange a reader adds may still use) is likewise a copy of the wire's story, so it is not an
 * independent source.
 */
const WIRES: [string, RegExp][] = [
  ['yonhap', /yonhap/i],
  ['reuters', /reuters/i],
  ['afp', /\bAFP\b/],
  ['ap', /\bAP\b|associated press/i],
  ['upi', /\bUPI\b/],
  ['ians', /\bIANS\b/],
  ['sputnik', /sputnik/i],
  ['bloomberg', /bloomberg/i],
  ['kyodo', /kyodo/i],
  ['newsis', /newsis/i],
  ['news1', /news1/i],
  ['cna-taiwan', /central news agency/i],
  ['press-association', /press association/i],
  ['kcna', /\bKCNA\b/],
  ['xinhua', /xinhua/i],
];

/** Newspapers and broadcasters whose several editions, sites or sections are one organisation. */
const HOUSES: [string, RegExp][] = [
  ['chinese-foreign-ministry', /chinese (ministry of foreign affairs|foreign ministry)/i],
  ['dprk-foreign-ministry', /dprk ministry of foreign affairs/i],
  ['peoples-daily', /people's daily/i],
  ['joongang', /joongang/i],
  ['chosun-ilbo', /chosun ilbo|nk chosun/i],
  ['dong-a', /dong-a/i],
  ['hankyoreh', /hankyoreh/i],
  ['korea-herald', /korea herald/i],
  ['kbs', /\bKBS\b/],
  ['daily-nk', /daily nk/i],
  ['financial-news', /financial news|fnnews/i],
  ['etoday', /e-?today/i],
  ['asia-economy', /asia economy/i],
  ['aju', /\baju\b/i],
  ['jaju-sibo', /jaju ?sibo/i],
  ['liberty-times', /liberty times/i],
  ['scmp', /south china morning post/i],
];

/** The organisation behind a readout's agency or a coverage entry's outlet label (not its `via`). */
export function organisationOf(label: string): string {
  const wire = WIRES.map(([key, re]) => ({ key, at: label.search(re) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (wire) return wire.key;
  const house = HOUSES.find(([, re]) => re.test(label));
  if (house) return house[0];
  // Otherwise the name itself, without "(via …)"-style notes or a leading "The".
  return label.replace(/\(.*?\)/g, '').replace(/^the\s+/i, '').trim().toLowerCase();
}

export function organisationsOf(event: ExchangeEvent): Set<string> {
  return new Set([...event.readouts.map((r) => organisationOf(r.agency)), ...event.coverage.map((c) => organisationOf(c.outlet))]);
}

export function hasKoreanOrChineseSource(event: ExchangeEvent): boolean {
  return [...event.readouts, ...event.coverage].some((s) => s.language === 'ko' || s.language === 'zh');
}

export interface CoverageFigures {
  events: number;
  withReadout: number;
  twoOrganisations: number;
  threeOrganisations: number;
  koreanOrChinese: number;
}

/** Shares (0–1) of events meeting each bar; `events` is the count. */
export function coverageFigures(events: readonly ExchangeEvent[]): CoverageFigures {
  const share = (test: (e: ExchangeEvent) => boolean) => (events.length ? events.filter(test).length / events.length : 0);
  return {
    events: events.length,
    withReadout: share((e) => e.readouts.length > 0),
    twoOrganisations: share((e) => organisationsOf(e).size >= 2),
    threeOrganisations: share((e) => organisationsOf(e).size >= 3),
    koreanOrChinese: share(hasKoreanOrChineseSource),
  };
}

/** One line per figure with its threshold, for test and script output. */
export function describeFigures(f: CoverageFigures): string[] {
  const t = COVERAGE_THRESHOLDS;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (name: string, value: number, min: number) => `${name}: ${pct(value)} (minimum ${pct(min)})${value >= min ? '' : '  BELOW'}`;
  return [
    `events: ${f.events} (minimum ${t.events})${f.events >= t.events ? '' : '  BELOW'}`,
    line('with ≥1 state-media readout', f.withReadout, t.withReadout),
    line('with ≥2 independent sources', f.twoOrganisations, t.twoOrganisations),
    line('with ≥3 independent sources', f.threeOrganisations, t.threeOrganisations),
    line('with a Korean or Chinese source', f.koreanOrChinese, t.koreanOrChinese),
  ];
}
