/** Text normalisation and term matching shared by the gate, topic decision and resolver. */

// Traditional → simplified for the characters our vocabulary and the dataset's phrases use,
// so one simplified word list serves Taiwan and Hong Kong outlets too.
const T2S_PAIRS = '习習 电電 贺賀 复復 复覆 会會 谈談 见見 访訪 问問 谢謝 书書 记記 国國 鲜鮮 韩韓 长長 亲親 笔筆 节節 周週 庆慶 党黨 劳勞 动動 系係 关關 条條 约約 战戰 胜勝 军軍 愿願 诞誕 灾災 难難 协協 纪紀 与與 为為 发發 来來 对對 时時 这這 东東 华華 万萬 岁歲 体體 实實 现現 义義 团團 结結 贸貿 兴興 运運 奥奧 员員 届屆 选選 当當 连連 总總 统統 领領 导導 议議 报報 讯訊 边邊 设設 词詞 颂頌 盖蓋 携攜 签簽 宾賓 欢歡 阵陣 丧喪 医醫 疗療 亿億 经經 济濟 邻鄰 陆陸 台臺 湾灣 桥橋 车車 铁鐵 进進 们們 说說 区區 后後 两兩 将將 举舉 温溫 随隨 应應 点點 开開 门門 间間 还還 过過 机機 质質 号號 广廣 场場 飞飛 弹彈 试試 制製 货貨 币幣 银銀 钱錢 买買 卖賣 价價 气氣 无無 达達 观觀 视視 爱愛 队隊 赛賽 败敗 舰艦 联聯 争爭 录錄 鸭鴨 绿綠 宁寧 龙龍 汉漢 语語 译譯 称稱 并並 准準 从從 众眾 优優 传傳 伤傷 亚亞 严嚴 丰豐 临臨 乌烏 乐樂 乔喬';
const T2S = new Map(T2S_PAIRS.split(' ').map((pair) => [pair[1]!, pair[0]!] as [string, string]));
const HAN_TRADITIONAL = new RegExp(`[${[...T2S.keys()].join('')}]`, 'g');

/** Lowercases and folds the typographic (and traditional/simplified Chinese) variants news sites use for the same words. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(HAN_TRADITIONAL, (c) => T2S.get(c) ?? c)
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u300c\u300d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[a-z0-9]/;

/** One term as a regex source: Latin words get word boundaries, Hangul/Han do not (particles attach). */
function termSource(term: string): string {
  if (term.startsWith('re:')) return term.slice(3);
  const body = escape(term).replace(/ /g, '[ -]?');
  const start = LATIN.test(term[0] ?? '') ? '(?<![a-z0-9])' : '';
  const end = LATIN.test(term[term.length - 1] ?? '') ? '(?![a-z0-9])' : '';
  return start + body + end;
}

/** Compiles a word list into one regex. Longer terms first so alternation prefers them. */
export function compileTerms(terms: readonly string[], flags = 'g'): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(termSource).join('|'), flags);
}

/** Counts the matches of a compiled (global) term regex in normalised text. */
export function countMatches(re: RegExp, text: string, limit = 1000): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < limit && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

/** Where a compiled (global) term regex first matches, or -1. */
export function firstIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const index = re.exec(text)?.index ?? -1;
  re.lastIndex = 0;
  return index;
}

export function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Splits text into sentences on Latin and CJK sentence ends and line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s+|(?<=[。！？])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
