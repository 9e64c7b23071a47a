/**
 * Finds who said what in a report's blocks: a speaker (gazetteer → capital) joined to a verb
 * of saying, an attribution ("به گفته X"), a container ("در این اطلاعیه آمده است") or a
 * pronoun that refers back ("وی افزود", "the ministry said"). Rules and their reasons:
 * shared/reference/persian-and-rtl.md §1. Everything is matched on `toMatchKey`, which has the
 * display text's length, so speakers are cut from the text as written.
 */
import type { Capital } from '../capitals';
import type { Block } from '../markdown/blockTypes';
import type { ReportLang } from '../report/reportTypes';
import { toMatchKey } from '../text/normalise';
import type { Gazetteer } from './gazetteerTypes';
import { EN_NON_ASSERTIVE, FA_NON_ASSERTIVE, LIGHT_WORDS, PREPOSITIONS, sayingCues, type CueKind } from './lexicon';
import { mentionIndexFor, resolveMention, type ResolvedMention } from './mentionIndex';
import { isWordChar, PhraseIndex } from './phraseIndex';
import type { ExtractedStatement, StatementKind } from './statementTypes';

/** Options for `extractStatements`. */
export interface ExtractOptions {
  lang: ReportLang;
  gazetteer: Gazetteer;
  /** The report's date (`YYYY-MM-DD`): office titles resolve to their holder on that day. */
  date?: string | undefined;
}

/** What `extractStatements` found. */
export interface Extraction {
  statements: ExtractedStatement[];
  /** Blocks with a verb of saying that gave no statement: for the author to review. */
  candidates: number[];
}

interface Mention {
  start: number;
  end: number;
  what: ResolvedMention;
}

/** A run of adjacent mentions ("ماریا زاخارووا، سخنگوی …", "Putin, Aliyev and Pashinyan"). */
interface Chain {
  start: number;
  end: number;
  members: Mention[];
  conj: boolean;
}

/** Someone who spoke: a capital's speaker, or another actor (whose words are not statements). */
interface Speaker {
  key: string;
  capitals: Capital[];
  text: string;
  person: boolean;
  body: boolean;
}

interface Cue {
  start: number;
  end: number;
  kind: CueKind;
}

let cueIndex: PhraseIndex<CueKind> | undefined;
const cuesIndex = (): PhraseIndex<CueKind> => {
  if (!cueIndex) {
    cueIndex = new PhraseIndex<CueKind>();
    for (const [phrase, kind] of sayingCues()) cueIndex.add(phrase, kind);
  }
  return cueIndex;
};

const SENTENCE_END = /[.!?؟;؛\n]/;
const CHAIN_GAP = /^[\s\u0640،,]*(?:(?:و|and|&)[\s\u0640]*)?(?:the\s+|its\s+|spokes(?:wo)?man\s+|spokesperson\s+|press secretary\s+|(?:foreign |defen[cs]e )?minister\s+)?$/u;
const CONJ = /(?:^|[\s،,])(?:و|and|&)(?:[\s\u0640]|$)/u;
const EN_SKIPPABLE = new Set(['also', 'later', 'repeatedly', 'again', 'further', 'earlier', 'previously', 'publicly', 'officially', 'recently', 'already', 'then', 'has', 'have', 'had', 'once', 'separately', 'reportedly']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Pairs `"` marks (every quote mark is `"` in the match key) into [open, close] spans. */
function quoteSpans(key: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = key.indexOf('"'); i !== -1; i = key.indexOf('"', i + 1)) {
    if (open === -1) open = i;
    else {
      spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

/** Sentences as [start, end), split on end punctuation outside quotes. */
function sentences(key: string, quotes: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let q = 0;
  for (let i = 0; i < key.length; i++) {
    while (q < quotes.length && quotes[q]![1] < i) q++;
    if (q < quotes.length && quotes[q]![0] <= i && i <= quotes[q]![1]) continue;
    if (SENTENCE_END.test(key[i]!) && (i + 1 >= key.length || /\s/.test(key[i + 1]!) || key[i] === '\n')) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < key.length) out.push([start, key.length]);
  return out;
}

/** The word before `pos` (skipping spaces), or `''` at a punctuation boundary or the start. */
function wordBefore(key: string, pos: number, floor: number): { word: string; start: number } {
  let i = pos - 1;
  while (i >= floor && (key[i] === ' ' || key[i] === '\u0640' || key[i] === '\n')) i--;
  if (i < floor || !isWordChar(key[i]) && key[i] !== "'") return { word: '', start: i + 1 };
  let j = i;
  while (j >= floor && (isWordChar(key[j]) || key[j] === "'" || key[j] === '\u0640')) j--;
  return { word: key.slice(j + 1, i + 1).replace(/\u0640/g, ''), start: j + 1 };
}

/** The word after `pos` (skipping spaces). */
function wordAfter(key: string, pos: number): string {
  let i = pos;
  while (i < key.length && (key[i] === ' ' || key[i] === '\u0640')) i++;
  let j = i;
  while (j < key.length && (isWordChar(key[j]) || key[j] === '\u0640')) j++;
  return key.slice(i, j).replace(/\u0640/g, '');
}

const skipSpaces = (key: string, pos: number): number => {
  let i = pos;
  while (i < key.length && /[\s\u0640]/.test(key[i]!)) i++;
  return i;
};

/** Extracts statements from one report's blocks; see the module comment for the rules. */
export function extractStatements(blocks: readonly Block[], options: ExtractOptions): Extraction {
  const index = mentionIndexFor(options.gazetteer);
  const cueIdx = cuesIndex();
  const statements: ExtractedStatement[] = [];
  const candidates: number[] = [];
  const last: { any?: Speaker | undefined; person?: Speaker | undefined; body?: Speaker | undefined; block: number } = { block: -1 };
  let pendingIntro: { speaker: Speaker; block: number } | undefined;

  for (const block of blocks) {
    if (block.kind === 'heading') {
      pendingIntro = undefined;
      continue; // A headline summarises the body; its statements are counted there.
    }
    const text = block.text;
    const key = toMatchKey(text);
    const quotes = quoteSpans(key);
    const inQuote = (pos: number): boolean => quotes.some(([a, b]) => a < pos && pos < b);
    const cues: Cue[] = cueIdx
      .find(key)
      .filter((h) => !inQuote(h.start))
      .map((h) => ({ start: h.start, end: h.end, kind: h.payloads[0]! }));
    const mentions: Mention[] = [];
    for (const hit of index.find(key)) {
      if (inQuote(hit.start) || cues.some((c) => c.start < hit.end && hit.start < c.end)) continue;
      const what = resolveMention(hit.payloads, options.date, text.slice(hit.start, hit.end));
      if (what) mentions.push({ start: hit.start, end: hit.end, what });
    }
    const chains = buildChains(key, mentions);
    const found = new Map<string, { speaker: Speaker; kind: StatementKind }>();
    const say = (speaker: Speaker | undefined, kind: StatementKind): void => {
      if (!speaker) return;
      last.any = speaker;
      if (speaker.person) last.person = speaker;
      if (speaker.body) last.body = speaker;
      last.block = block.index;
      if (speaker.capitals.length === 0) return;
      const seen = found.get(speaker.key);
      if (seen) {
        if (kind === 'direct') seen.kind = 'direct';
      } else found.set(speaker.key, { speaker, kind });
    };
    const resolveChain = (chain: Chain, anaphorOnly = false): Speaker | undefined => speakerOf(chain, text, last, anaphorOnly);
    const consumed = new Set<Chain>();
    let endsWithIntro: Speaker | undefined;

    for (const [sStart, sEnd] of sentences(key, quotes)) {
      let regionStart = sStart;
      let sentenceSpeaker: Speaker | undefined;
      for (const cue of cues) {
        if (cue.start < regionStart || cue.start >= sEnd) continue;
        const afterCue = skipSpaces(key, cue.end);
        if (cue.kind === 'preposition') {
          let at = afterCue;
          const next = wordAfter(key, at);
          if (DETERMINERS.has(next)) at = skipSpaces(key, at + next.length);
          const chain = chains.find((c) => c.start === at);
          if (chain) {
            consumed.add(chain);
            const speaker = resolveChain(chain);
            const after = skipSpaces(key, chain.end);
            const kind: StatementKind = /[:"]/.test(key[skipSpaces(key, key[after] === '،' || key[after] === ',' ? after + 1 : after)] ?? '') ? 'direct' : 'indirect';
            say(speaker, kind);
          }
          continue;
        }
        if (!assertive(key, cue, options.lang, regionStart)) continue;
        const region = chains.filter((c) => c.start >= regionStart && c.end <= cue.start && !consumed.has(c));
        let speaker: Speaker | undefined;
        let subject: Chain | undefined;
        const channelFirst = cue.kind === 'container' || pickSubject(key, region, cue, options.lang)?.members[0]?.what.kind === 'channel';
        if (channelFirst) {
          const channel = [...region].reverse().find((c) => c.members.some((m) => m.what.kind === 'channel'));
          if (!channel && cue.kind === 'container') continue;
          const named = region.find((c) => channel && c.start >= channel.start && hasCapital(c) && c !== channel)
            ?? (channel && hasCapital(channel) ? channel : undefined);
          speaker = named ? resolveChain(named) : last.any;
          subject = channel;
        } else {
          subject = pickSubject(key, region, cue, options.lang);
          if (!subject && options.lang === 'en') {
            // Inverted order after a quote: `"…," said Maria Zakharova`.
            subject = chains.find((c) => c.start === afterCue && !consumed.has(c));
          }
          if (subject) speaker = resolveChain(subject);
          else if (sentenceSpeaker) speaker = sentenceSpeaker;
          else if (options.lang === 'fa' && last.any && last.block >= block.index - 1 && region.length === 0) speaker = last.any; // pro-drop: "در ادامه افزود"
        }
        if (subject) consumed.add(subject);
        const kind = kindAfter(key, cue, subject, quotes, sEnd);
        say(speaker, kind);
        if (speaker) sentenceSpeaker = speaker;
        regionStart = cue.end;
        if (speaker) endsWithIntro = speaker;
        if (complementFollows(key, afterCue)) break; // The rest of the sentence is what was said.
      }
    }

    // A quote or item that only ends with its speaker: `«…» — ماریا زاخارووا`; or opens with `Peskov: …`.
    for (const chain of chains) {
      const before = key.slice(0, chain.start).trimEnd();
      const after = key.slice(chain.end).trim();
      if (/[—–-]$/.test(before) && /^[)\].\s]*$/.test(after)) say(resolveChain(chain), 'direct');
      else if (chain.start === 0 && key[skipSpaces(key, chain.end)] === ':') say(resolveChain(chain), 'direct');
    }

    // Words set out under "X said:" in the quotes or items that follow.
    if (found.size === 0 && pendingIntro && (block.kind === 'quote' || block.kind === 'item') && pendingIntro.block === block.index - 1) {
      say(pendingIntro.speaker, 'direct');
      pendingIntro.block = block.index;
    } else {
      const intro = key.trimEnd().endsWith(':') && endsWithIntro && endsWithIntro.capitals.length > 0;
      pendingIntro = intro ? { speaker: endsWithIntro!, block: block.index } : undefined;
    }

    for (const { speaker, kind } of found.values()) statements.push({ block: block.index, capitals: speaker.capitals, speaker: speaker.text, kind });
    if (found.size === 0 && cues.some((c) => c.kind !== 'preposition')) candidates.push(block.index);
  }
  return { statements, candidates };
}

const hasCapital = (chain: Chain): boolean => chain.members.some((m) => m.what.kind === 'actor' && m.what.actor.role === 'capital');

/** Groups mentions separated only by commas, spaces, "و"/"and" or an apposition word. */
function buildChains(key: string, mentions: readonly Mention[]): Chain[] {
  const chains: Chain[] = [];
  const joinable = (gap: string): boolean => CHAIN_GAP.test(gap) && !/[.!?؟\n]/.test(gap);
  mentions.forEach((mention, i) => {
    const prev = chains.at(-1);
    const gap = prev ? key.slice(prev.end, mention.start) : '';
    const conj = CONJ.test(` ${gap} `);
    const next = mentions[i + 1];
    // "پوتین، علی‌اف و پاشینیان": a comma inside a list that ends with "و"/"and".
    const listComma = !!next && isCapitalActor(mention) && joinable(key.slice(mention.end, next.start)) && CONJ.test(` ${key.slice(mention.end, next.start)} `);
    if (prev && joinable(gap) && (conj || listComma || apposable(prev.members.at(-1)!, mention))) {
      prev.members.push(mention);
      prev.end = mention.end;
      if (conj) prev.conj = true;
    } else chains.push({ start: mention.start, end: mention.end, members: [mention], conj: false });
  });
  return chains;
}

const isCapitalActor = (m: Mention): boolean => m.what.kind === 'actor' && m.what.actor.role === 'capital';

/** Whether two mentions side by side can name one speaker ("ماریا زاخارووا، سخنگوی …"): same role and capitals. */
function apposable(a: Mention, b: Mention): boolean {
  const role = (m: Mention): string =>
    m.what.kind === 'actor' ? `${m.what.actor.role}:${m.what.actor.capitals.join()}` : m.what.kind === 'anaphor' ? 'anaphor' : m.what.kind;
  const ra = role(a);
  const rb = role(b);
  return ra === rb || (ra.startsWith('capital') && rb === 'anaphor') || (ra === 'collective' && rb.startsWith('capital'));
}

/** False for negated, future, modal or infinitive uses ("will say", "خواهد گفت"). */
function assertive(key: string, cue: Cue, lang: ReportLang, floor: number): boolean {
  let { word, start } = wordBefore(key, cue.start, 0);
  if (FA_NON_ASSERTIVE.has(word)) return false;
  if (lang === 'en' || /[a-z]/.test(word)) {
    while (EN_SKIPPABLE.has(word) && start > floor) ({ word, start } = wordBefore(key, start, 0));
    if (EN_NON_ASSERTIVE.has(word) || word.endsWith("n't")) return false;
  }
  return true;
}

/**
 * The subject of a verb among the chains before it: in English the chain right before the
 * verb; otherwise the first chain in subject position (after a boundary or a light word),
 * else the nearest one not governed by a preposition or marked as an object with «را».
 */
function pickSubject(key: string, region: readonly Chain[], cue: Cue, lang: ReportLang): Chain | undefined {
  const scored = region.map((chain) => ({ chain, ...position(key, chain) })).filter((c) => !c.excluded);
  if (lang === 'en' && !/^as\s+saying$/.test(key.slice(cue.start, cue.end))) {
    const adjacent = scored.at(-1);
    if (adjacent) {
      let { word, start } = wordBefore(key, cue.start, adjacent.chain.end);
      while (word !== '' && EN_SKIPPABLE.has(word)) ({ word, start } = wordBefore(key, start, adjacent.chain.end));
      if (word === '' && /^[\s,]*$/.test(key.slice(adjacent.chain.end, start))) return adjacent.chain;
    }
    // English subjects sit next to their verb, or before a parenthesis: "Peskov, speaking to reporters, said".
    return scored.find((c) => c.subjectLike && !c.metonymHead && /^\s*,/.test(key.slice(c.chain.end)))?.chain;
  }
  return scored.find((c) => c.subjectLike)?.chain ?? scored.filter((c) => !c.metonymHead).at(-1)?.chain;
}

function position(key: string, chain: Chain): { excluded: boolean; subjectLike: boolean; metonymHead: boolean } {
  let { word, start } = wordBefore(key, chain.start, 0);
  while (DETERMINERS.has(word)) ({ word, start } = wordBefore(key, start, 0));
  const subjectLike = word === '' || LIGHT_WORDS.has(word) || /^\d+$/.test(word) || word.endsWith('شنبه');
  const head = chain.members[0]!.what;
  const collectiveHead = head.kind === 'collective';
  const metonymHead = head.kind === 'actor' && head.actor.type === 'metonym';
  const after = wordAfter(key, chain.end);
  const possessive = key.startsWith("'s", chain.end) && metonymHead && chain.members.length === 1;
  const excluded =
    PREPOSITIONS.has(word) || after === 'را' || possessive || (metonymHead && !subjectLike) || (collectiveHead && chain.members.length === 1);
  return { excluded, subjectLike, metonymHead };
}

/** The speaker a chain names, or the earlier speaker its pronoun refers to. */
function speakerOf(chain: Chain, text: string, last: { any?: Speaker | undefined; person?: Speaker | undefined; body?: Speaker | undefined }, _anaphorOnly: boolean): Speaker | undefined {
  const actors = chain.members.filter((m) => m.what.kind === 'actor');
  const capitalActors = actors.filter((m) => m.what.kind === 'actor' && m.what.actor.role === 'capital');
  const actorOf = (m: Mention) => (m.what as { kind: 'actor'; actor: import('./mentionIndex').Actor }).actor;
  if (actors.length > 0) {
    const primary = actors[0]!;
    // An appositive chain that starts with another actor ("a Duma deputy, …") is that actor.
    if (actorOf(primary).role !== 'capital' && !chain.conj) {
      return { key: `other:${actorOf(primary).id}`, capitals: [], text: text.slice(primary.start, primary.end), person: actorOf(primary).type === 'person', body: actorOf(primary).type === 'body' };
    }
    const ids = [...new Set(capitalActors.map((m) => actorOf(m).id))];
    const capitals = [...new Set(capitalActors.flatMap((m) => actorOf(m).capitals))];
    if (chain.conj && ids.length > 1) {
      const from = chain.members.find((m) => m.what.kind === 'collective')?.start ?? capitalActors[0]!.start;
      return { key: ids.sort().join('+'), capitals, text: text.slice(from, chain.end).replace(/[\s،,]+$/u, ''), person: false, body: true };
    }
    const named = capitalActors.filter((m) => actorOf(m).type === 'person' && !actorOf(m).title);
    const shown = named[0] ?? capitalActors.find((m) => actorOf(m).type === 'person') ?? capitalActors[0];
    if (!shown) return undefined;
    const actor = actorOf(shown);
    return { key: actor.id, capitals: actor.capitals, text: text.slice(shown.start, shown.end), person: actor.type === 'person', body: actor.type !== 'person' };
  }
  const anaphor = chain.members.find((m) => m.what.kind === 'anaphor');
  if (anaphor && anaphor.what.kind === 'anaphor') {
    const refers = anaphor.what.refers;
    return refers === 'person' ? last.person ?? last.any : refers === 'body' ? last.body ?? last.any : last.any;
  }
  return undefined;
}

/** `direct` after a colon or an opening quote, or when a quote ends just before the speaker. */
function kindAfter(key: string, cue: Cue, subject: Chain | undefined, quotes: ReadonlyArray<[number, number]>, sentenceEnd: number): StatementKind {
  let at = skipSpaces(key, cue.end);
  if (key[at] === ':') return 'direct';
  if (key[at] === ',' || key[at] === '،') at = skipSpaces(key, at + 1);
  const word = wordAfter(key, at);
  if (word === 'که' || word === 'that') at = skipSpaces(key, at + word.length);
  if (key[at] === ':') return 'direct';
  const opening = quotes.find(([a]) => a === at);
  if (opening) {
    const words = key.slice(opening[0] + 1, opening[1]).trim().split(/\s+/).length;
    const rest = key.slice(opening[1] + 1, sentenceEnd);
    if (words >= 6 || /^[\s.!?؟,،]*$/.test(rest)) return 'direct';
  }
  const anchor = subject ? Math.min(subject.start, cue.start) : cue.start;
  if (quotes.some(([, b]) => b < anchor && /^[\s,،.]*$/.test(key.slice(b + 1, anchor)))) return 'direct';
  if (quotes.some(([a, b]) => b < anchor && /^[,،.]?$/.test(key.slice(b - 1, b).trim()) && /^[\s,،]*$/.test(key.slice(b + 1, cue.start)) && a >= 0)) return 'direct';
  return 'indirect';
}

/** True when the verb is followed by what was said: a colon, a quote, or "که"/"that". */
function complementFollows(key: string, at: number): boolean {
  if (key[at] === ':' || key[at] === '"') return true;
  const word = wordAfter(key, at);
  return word === 'که' || word === 'that';
}
