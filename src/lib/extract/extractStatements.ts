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
import { MatchKeyBuffer } from '../text/normalise';
import type { Gazetteer } from './gazetteerTypes';
import { EN_NON_ASSERTIVE, EN_TITLE_WORDS, FA_NON_ASSERTIVE, LIGHT_WORDS, PREPOSITIONS, type CueKind } from './lexicon';
import type { Actor, ResolvedMention } from './mentionIndex';
import { resolveMentionOnDate } from './resolveMemo';
import { PhraseHitList } from './phraseHitList';
import { isWordCode } from './phraseIndex';
import { CUE_LANE, cueKindAt, MENTION_LANE, mentionPayloadsAt, sayingIndexFor } from './sayingIndex';
import { isSpace, isSpaceOrTatweel } from './spaceCodes';
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
  /** Position in the block's list of chains. */
  index: number;
  /** Taken as a speaker already: a flag on the chain rather than a set per block. */
  consumed: boolean;
}

/** Someone who spoke: a capital's speaker, or another actor (whose words are not statements). */
interface Speaker {
  key: string;
  capitals: Capital[];
  text: string;
  person: boolean;
  body: boolean;
}

/** Who spoke last in the report: for pronouns, containers and "this official". */
interface Recent {
  any?: Speaker | undefined;
  person?: Speaker | undefined;
  body?: Speaker | undefined;
  /** Last person who spoke for each capital. */
  people: Map<Capital, Speaker>;
  /** Block of the last speaker. */
  block: number;
}

interface Cue {
  start: number;
  end: number;
  kind: CueKind;
}

/** Hits of one block, by lane of the saying index (reused from block to block). */
const laneHits: PhraseHitList[] = [];
laneHits[CUE_LANE] = new PhraseHitList();
laneHits[MENTION_LANE] = new PhraseHitList();

const MAX_LOOKBACK = 4;
const CHAIN_GAP = /^[\s\u0640،,]*(?:(?:و|and|&)[\s\u0640]*)?(?:the\s+|its\s+|spokes(?:wo)?man\s+|spokesperson\s+|press secretary\s+|(?:foreign |defen[cs]e )?minister\s+)?$/u;
const CONJ = /(?:^|[\s،,])(?:و|and|&)(?:[\s\u0640]|$)/u;
const EN_SKIPPABLE = new Set(['also', 'later', 'repeatedly', 'again', 'further', 'earlier', 'previously', 'publicly', 'officially', 'recently', 'already', 'then', 'has', 'have', 'had', 'once', 'separately', 'reportedly']);
const DETERMINERS = new Set(['the', 'a', 'an']);

const QUOTE = 34;
const NEWLINE = 10;
/** `. ! ? ؟ ; ؛` and a newline end a sentence. */
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x061f || c === 59 || c === 0x061b || c === NEWLINE;
/** Characters a speaker needs besides a cue: `Peskov: …` or `«…» — ماریا زاخارووا`. */
const isOpenOrClose = (c: number): boolean => c === 58 || c === 0x2014 || c === 0x2013 || c === 45;

/** Where each block's match key is made, noting the quotes, sentence ends, colons and dashes the rules below look for. */
const keyBuffer = new MatchKeyBuffer('".!?؟;؛\n:—–-');

/** Pairs `"` marks (every quote mark is `"` in the match key) of the last key into [open, close] spans. */
function quoteSpans(): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const { units, marks, markCount } = keyBuffer;
  let open = -1;
  for (let m = 0; m < markCount; m++) {
    const i = marks[m]!;
    if (units[i] !== QUOTE) continue;
    if (open === -1) open = i;
    else {
      spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

/** The quote spans of a block that leaves at the cue test (it has no cue to test against them). */
const NO_QUOTES: ReadonlyArray<[number, number]> = [];

/** Whether the last key holds a colon or a dash. */
function hasOpenOrClose(): boolean {
  const { units, marks, markCount } = keyBuffer;
  for (let m = 0; m < markCount; m++) if (isOpenOrClose(units[marks[m]!]!)) return true;
  return false;
}

/** Sentence bounds of the last block: [start, end) pairs (reused from block to block). */
let sentenceBounds = new Int32Array(64);

/**
 * Sentences of the last key (length `n`) as [start, end) pairs in `sentenceBounds`, split on
 * end punctuation outside quotes; the end marks come from the positions noted while the key
 * was made. Returns how many.
 */
function sentences(n: number, quotes: ReadonlyArray<[number, number]>): number {
  const { units, marks, markCount } = keyBuffer;
  if (sentenceBounds.length < 2 * (markCount + 1)) sentenceBounds = new Int32Array(4 * (markCount + 1));
  const out = sentenceBounds;
  let count = 0;
  let start = 0;
  let q = 0;
  for (let m = 0; m < markCount; m++) {
    const i = marks[m]!;
    const code = units[i]!;
    if (!isSentenceEnd(code)) continue;
    while (q < quotes.length && quotes[q]![1] < i) q++;
    if (q < quotes.length && quotes[q]![0] <= i) continue; // An end mark inside a quote ends no sentence.
    if (i + 1 >= n || isSpace(units[i + 1]!) || code === NEWLINE) {
      out[2 * count] = start;
      out[2 * count + 1] = i + 1;
      count++;
      start = i + 1;
    }
  }
  if (start < n) {
    out[2 * count] = start;
    out[2 * count + 1] = n;
    count++;
  }
  return count;
}

const SPACE = 32;
const APOSTROPHE = 39;
const TATWEEL = 0x0640;
/** `word` without U+0640 (called only for a word the scan saw one in). */
const withoutTatweel = (word: string): string => word.replace(/\u0640/g, '');

/** The word before `pos` (skipping spaces), or `''` at a punctuation boundary or the start. */
function wordBefore(key: string, pos: number, floor: number): { word: string; start: number } {
  let i = pos - 1;
  for (; i >= floor; i--) {
    const c = key.charCodeAt(i);
    if (c !== SPACE && c !== TATWEEL && c !== NEWLINE) break;
  }
  if (i < floor) return { word: '', start: i + 1 };
  const last = key.charCodeAt(i);
  if (!isWordCode(last) && last !== APOSTROPHE) return { word: '', start: i + 1 };
  let j = i;
  let tatweel = false;
  for (; j >= floor; j--) {
    const c = key.charCodeAt(j);
    if (c === TATWEEL) tatweel = true;
    else if (!isWordCode(c) && c !== APOSTROPHE) break;
  }
  const word = key.slice(j + 1, i + 1);
  return { word: tatweel ? withoutTatweel(word) : word, start: j + 1 };
}

/** The word after `pos` (skipping spaces). */
function wordAfter(key: string, pos: number): string {
  const n = key.length;
  let i = pos;
  for (; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c !== SPACE && c !== TATWEEL) break;
  }
  let j = i;
  let tatweel = false;
  for (; j < n; j++) {
    const c = key.charCodeAt(j);
    if (c === TATWEEL) tatweel = true;
    else if (!isWordCode(c)) break;
  }
  const word = key.slice(i, j);
  return tatweel ? withoutTatweel(word) : word;
}

/** The last quote span opening at or before `pos` (spans are sorted), or undefined. */
function lastQuoteBefore(quotes: ReadonlyArray<[number, number]>, pos: number): [number, number] | undefined {
  // Most blocks have no quote, or none before `pos`: answered without searching (and without
  // reading index -1, which V8 looks up as a named property, slowly).
  if (quotes.length === 0 || quotes[0]![0] > pos) return undefined;
  let lo = 0;
  let hi = quotes.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]![0] <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return quotes[found];
}

/** The chain that starts exactly at `pos` (chains are sorted by start). */
function chainAt(chains: readonly Chain[], pos: number): Chain | undefined {
  let lo = 0;
  let hi = chains.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = chains[mid]!.start;
    if (start === pos) return chains[mid];
    if (start < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Words an attribution may pass over to reach its speaker's name. */
const MAX_TITLE_WORDS = 4;

/**
 * The chain an attribution names at `pos`, passing over an article and title words written
 * before a name that the gazetteer lists without them ("according to President Ilham Aliyev").
 */
function chainAfterTitles(key: string, chains: readonly Chain[], pos: number): Chain | undefined {
  let at = pos;
  let chain = chainAt(chains, at);
  for (let k = 0; !chain && k < MAX_TITLE_WORDS; k++) {
    const word = wordAfter(key, at);
    if (!DETERMINERS.has(word) && !EN_TITLE_WORDS.has(word)) break;
    at = skipSpaces(key, at + word.length);
    chain = chainAt(chains, at);
  }
  return chain;
}

/** Index of the last non-space character before `pos` (-1 at the start: read it with `charAt`, not `[]`). */
function charBefore(key: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && isSpaceOrTatweel(key.charCodeAt(i))) i--;
  return i;
}

const skipSpaces = (key: string, pos: number): number => {
  let i = pos;
  while (i < key.length && isSpaceOrTatweel(key.charCodeAt(i))) i++;
  return i;
};

/** Index of the last unit of `key` that is not a space (as `trimEnd` sees spaces), -1 if none: `trimEnd` without the copy. */
function lastNonSpace(key: string): number {
  let i = key.length - 1;
  while (i >= 0 && isSpace(key.charCodeAt(i))) i--;
  return i;
}

/** True when `pos` lies strictly inside a quote span. */
function inQuote(quotes: ReadonlyArray<[number, number]>, pos: number): boolean {
  const q = lastQuoteBefore(quotes, pos);
  return q !== undefined && q[0] < pos && pos < q[1];
}


/** Speakers of one block by key, with the strongest kind seen. */
type Found = Map<string, { speaker: Speaker; kind: StatementKind }>;

/** Notes that `speaker` spoke in block `blockIndex`: remembered for pronouns, and a statement if for a capital. */
function record(found: Found, last: Recent, blockIndex: number, speaker: Speaker | undefined, kind: StatementKind): void {
  if (!speaker) return;
  last.any = speaker;
  if (speaker.person) last.person = speaker;
  if (speaker.person && speaker.capitals.length === 1) last.people.set(speaker.capitals[0]!, speaker);
  if (speaker.body) last.body = speaker;
  last.block = blockIndex;
  if (speaker.capitals.length === 0) return;
  const seen = found.get(speaker.key);
  if (seen) {
    if (kind === 'direct') seen.kind = 'direct';
  } else found.set(speaker.key, { speaker, kind });
}

/** A pronoun first looks for a speaker named earlier in its own sentence ("Pashinyan refused…, his office said"). */
function resolveChain(chains: readonly Chain[], key: string, text: string, last: Recent, chain: Chain, sentenceStart: number): Speaker | undefined {
  const own = speakerOf(chain, text, last);
  if (!chain.members.every((m) => m.what.kind === 'anaphor')) return own;
  // Look back a few chains only, so a paragraph of pronouns stays linear.
  const i = chain.index;
  for (let k = i - 1; k >= 0 && k >= i - MAX_LOOKBACK && chains[k]!.start >= sentenceStart; k--) {
    const c = chains[k]!;
    if (hasCapital(c) && (position(key, c) & EXCLUDED) === 0) return speakerOf(c, text, last);
  }
  return own;
}

/** Extracts statements from one report's blocks; see the module comment for the rules. */
export function extractStatements(blocks: readonly Block[], options: ExtractOptions): Extraction {
  const index = sayingIndexFor(options.gazetteer);
  const cueHits = laneHits[CUE_LANE]!;
  const mentionHits = laneHits[MENTION_LANE]!;
  const statements: ExtractedStatement[] = [];
  const candidates: number[] = [];
  const last: Recent = { block: -1, people: new Map() };
  let pendingIntro: { speaker: Speaker; block: number } | undefined;

  for (const block of blocks) {
    if (block.kind === 'heading') {
      pendingIntro = undefined;
      continue; // A headline summarises the body; its statements are counted there.
    }
    const text = block.text;
    // The key's units first: the string is made only for a block that gets past the cue test.
    keyBuffer.fill(text);
    // Cues and mentions in one walk; mentions are only looked at when the block can have a speaker.
    index.findInto(keyBuffer.units, text.length, laneHits);
    const quotes = cueHits.count > 0 || hasOpenOrClose() ? quoteSpans() : NO_QUOTES;
    const cues: Cue[] = [];
    for (let h = 0; h < cueHits.count; h++) {
      const start = cueHits.starts[h]!;
      if (!inQuote(quotes, start)) cues.push({ start, end: cueHits.ends[h]!, kind: cueKindAt(index, cueHits.nodes[h]!) });
    }
    // Without a cue, mentions only matter to an opening `X:` or a closing `— X` (below): a
    // block with neither leaves before its mentions are resolved and chained.
    if (cues.length === 0 && !hasOpenOrClose()) {
      // No cue and no `X:` or `— X`: the block can only carry on an intro ("X said:") above it.
      if (pendingIntro && (block.kind === 'quote' || block.kind === 'item') && pendingIntro.block === block.index - 1) {
        const found: Found = new Map();
        record(found, last, block.index, pendingIntro.speaker, 'direct');
        pendingIntro.block = block.index;
        for (const { speaker, kind } of found.values()) statements.push({ block: block.index, capitals: speaker.capitals, speaker: speaker.text, kind });
      } else pendingIntro = undefined;
      continue;
    }
    const key = keyBuffer.key();
    const mentions: Mention[] = [];
    {
      let c = 0;
      for (let h = 0; h < mentionHits.count; h++) {
        const start = mentionHits.starts[h]!;
        const end = mentionHits.ends[h]!;
        while (c < cues.length && cues[c]!.end <= start) c++;
        // Both lists are sorted: a mention overlapping a cue ("ادامه" in "ادامه داد") is the cue.
        if (inQuote(quotes, start) || (c < cues.length && cues[c]!.start < end)) continue;
        const what = resolveMentionOnDate(mentionPayloadsAt(index, mentionHits.nodes[h]!), options.date, text, start, end);
        if (what) mentions.push({ start, end, what });
      }
    }
    const chains = buildChains(key, mentions);
    const found: Found = new Map();
    let endsWithIntro: Speaker | undefined;

    let nextCue = 0;
    let nextChain = 0;
    const sentenceCount = cues.length > 0 ? sentences(key.length, quotes) : 0;
    for (let sentence = 0; sentence < sentenceCount; sentence++) {
      const sStart = sentenceBounds[2 * sentence]!;
      const sEnd = sentenceBounds[2 * sentence + 1]!;
      let regionStart = sStart;
      let sentenceSpeaker: Speaker | undefined;
      while (nextCue < cues.length && cues[nextCue]!.start < sStart) nextCue++;
      for (; nextCue < cues.length && cues[nextCue]!.start < sEnd; nextCue++) {
        const cue = cues[nextCue]!;
        if (cue.start < regionStart) continue;
        const afterCue = skipSpaces(key, cue.end);
        if (cue.kind === 'preposition') {
          const chain = chainAfterTitles(key, chains, afterCue);
          if (chain) {
            chain.consumed = true;
            const speaker = resolveChain(chains, key, text, last, chain, sStart);
            const after = skipSpaces(key, chain.end);
            const kind: StatementKind = /[:"]/.test(key[skipSpaces(key, key[after] === '،' || key[after] === ',' ? after + 1 : after)] ?? '') ? 'direct' : 'indirect';
            record(found, last, block.index, speaker, kind);
          }
          continue;
        }
        if (!assertive(key, cue, options.lang, regionStart)) continue;
        while (nextChain < chains.length && chains[nextChain]!.start < regionStart) nextChain++;
        const region: Chain[] = [];
        for (let c = nextChain; c < chains.length && chains[c]!.start < cue.start; c++) {
          if (chains[c]!.end <= cue.start && !chains[c]!.consumed) region.push(chains[c]!);
        }
        let speaker: Speaker | undefined;
        let subject: Chain | undefined;
        // Picked once: the subject decides both the branch and, for a verb, the speaker.
        const picked = cue.kind === 'container' ? undefined : pickSubject(key, region, cue, options.lang);
        const channelFirst = cue.kind === 'container' || picked?.members[0]?.what.kind === 'channel';
        if (channelFirst) {
          const channel = lastChannel(region);
          if (!channel && cue.kind === 'container') continue;
          const named = region.find((c) => channel && c.start >= channel.start && hasCapital(c) && c !== channel)
            ?? (channel && hasCapital(channel) ? channel : undefined);
          speaker = named ? resolveChain(chains, key, text, last, named, 0) : last.any;
          subject = channel;
        } else {
          subject = picked;
          if (!subject && options.lang === 'en') {
            // Inverted order after a quote: `"…," said Maria Zakharova`.
            const inverted = chainAt(chains, afterCue);
            const afterQuote = key.charAt(charBefore(key, cue.start)) === '"' || /[,.]"\s*$/.test(key.slice(Math.max(0, cue.start - 4), cue.start));
            const named = inverted?.members.some((m) => m.what.kind === 'actor');
            subject = inverted && afterQuote && named && !inverted.consumed ? inverted : undefined;
          }
          if (subject) speaker = resolveChain(chains, key, text, last, subject, sStart);
          else if (sentenceSpeaker) speaker = sentenceSpeaker;
          else if (options.lang === 'fa' && last.any && last.block >= block.index - 1 && region.length === 0) speaker = last.any; // pro-drop: "در ادامه افزود"
        }
        if (subject) subject.consumed = true;
        const kind = kindAfter(key, cue, subject, quotes, sEnd);
        record(found, last, block.index, speaker, kind);
        if (speaker) sentenceSpeaker = speaker;
        regionStart = cue.end;
        if (speaker) endsWithIntro = speaker;
        // In English what was said follows the verb even without "that": "said he welcomed…".
        if (complementFollows(key, afterCue) || (options.lang === 'en' && cue.kind === 'verb' && key[afterCue] !== ',')) {
          nextCue = cues.length; // The rest of the sentence is what was said …
          while (nextCue > 0 && cues[nextCue - 1]!.start >= sEnd) nextCue--; // … up to its end.
          break;
        }
      }
    }

    // A quote or item that only ends with its speaker: `«…» — ماریا زاخارووا`; or opens with `Peskov: …`.
    const lastChain = chains.at(-1);
    if (lastChain && /[—–-]/.test(key.charAt(charBefore(key, lastChain.start))) && /^[)\].\s]*$/.test(key.slice(lastChain.end))) record(found, last, block.index, resolveChain(chains, key, text, last, lastChain, 0), 'direct');
    const firstChain = chains[0];
    if (firstChain && firstChain.start === 0 && key[skipSpaces(key, firstChain.end)] === ':') record(found, last, block.index, resolveChain(chains, key, text, last, firstChain, 0), 'direct');

    // Words set out under "X said:" in the quotes or items that follow.
    if (found.size === 0 && pendingIntro && (block.kind === 'quote' || block.kind === 'item') && pendingIntro.block === block.index - 1) {
      record(found, last, block.index, pendingIntro.speaker, 'direct');
      pendingIntro.block = block.index;
    } else {
      const intro = key.charAt(lastNonSpace(key)) === ':' && endsWithIntro && endsWithIntro.capitals.length > 0;
      pendingIntro = intro ? { speaker: endsWithIntro!, block: block.index } : undefined;
    }

    for (const { speaker, kind } of found.values()) statements.push({ block: block.index, capitals: speaker.capitals, speaker: speaker.text, kind });
    if (found.size === 0 && cues.some((c) => c.kind !== 'preposition')) candidates.push(block.index);
  }
  return { statements, candidates };
}

/** The last chain of `region` with a channel ("در این اطلاعیه"), found without copying the region. */
function lastChannel(region: readonly Chain[]): Chain | undefined {
  for (let k = region.length - 1; k >= 0; k--) if (region[k]!.members.some((m) => m.what.kind === 'channel')) return region[k];
  return undefined;
}

const hasCapital = (chain: Chain): boolean => chain.members.some((m) => m.what.kind === 'actor' && m.what.actor.role === 'capital');

/** Whether the text between two mentions can join them into one chain. */
function joinable(gap: string): boolean {
  return CHAIN_GAP.test(gap) && !/[.!?؟\n]/.test(gap);
}

/** Whether the gap after a mention continues a list ("، … و"): joinable and with a conjunction. */
const listJoin = (gap: string): boolean => joinable(gap) && CONJ.test(` ${gap} `);

/** Groups mentions separated only by commas, spaces, "و"/"and" or an apposition word. */
function buildChains(key: string, mentions: readonly Mention[]): Chain[] {
  const chains: Chain[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const prev = chains.at(-1);
    // The gap tests run only when there is a chain to join (most mentions stand alone).
    const gap = prev ? key.slice(prev.end, mention.start) : '';
    if (prev && joinable(gap)) {
      const conj = CONJ.test(` ${gap} `);
      const next = mentions[i + 1];
      // "پوتین، علی‌اف و پاشینیان": a comma inside a list that ends with "و"/"and".
      const listComma = !conj && !!next && isCapitalActor(prev.members.at(-1)!) && isCapitalActor(mention) && listJoin(key.slice(mention.end, next.start));
      if (conj || listComma || apposable(prev.members.at(-1)!, mention)) {
        prev.members.push(mention);
        prev.end = mention.end;
        if (conj) prev.conj = true;
        continue;
      }
    }
    chains.push({ start: mention.start, end: mention.end, members: [mention], conj: false, index: chains.length, consumed: false });
  }
  return chains;
}

const isCapitalActor = (m: Mention): boolean => m.what.kind === 'actor' && m.what.actor.role === 'capital';

/** Same capitals in the same order (capital names hold no comma, so this is `a.join() === b.join()`). */
function sameCapitals(a: readonly Capital[], b: readonly Capital[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether two mentions are alike for apposition: actors of one role and the same capitals, else the same kind. */
function sameRole(a: ResolvedMention, b: ResolvedMention): boolean {
  if (a.kind === 'actor') return b.kind === 'actor' && a.actor.role === b.actor.role && sameCapitals(a.actor.capitals, b.actor.capitals);
  return a.kind === b.kind;
}

/** Whether two mentions side by side can name one speaker ("ماریا زاخارووا، سخنگوی …"): same role and capitals. */
function apposable(a: Mention, b: Mention): boolean {
  // Compared field by field: building role strings for every pair of neighbours cost more than the test.
  const capitalA = a.what.kind === 'actor' && a.what.actor.role === 'capital';
  const capitalB = b.what.kind === 'actor' && b.what.actor.role === 'capital';
  const metonym = a.what.kind === 'actor' && a.what.actor.type === 'metonym';
  return sameRole(a.what, b.what) || (capitalA && b.what.kind === 'anaphor' && !metonym) || (a.what.kind === 'collective' && capitalB);
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
  // Positions are worked out chain by chain as the rules need them, with no list of scores.
  if (lang === 'en' && !/^as\s+saying$/.test(key.slice(cue.start, cue.end))) {
    let adjacent: Chain | undefined;
    for (let k = region.length - 1; k >= 0 && !adjacent; k--) if ((position(key, region[k]!) & EXCLUDED) === 0) adjacent = region[k];
    if (adjacent) {
      let { word, start } = wordBefore(key, cue.start, adjacent.end);
      while (word !== '' && EN_SKIPPABLE.has(word)) ({ word, start } = wordBefore(key, start, adjacent.end));
      if (word === '' && /^[\s,]*$/.test(key.slice(adjacent.end, start))) return adjacent;
    }
    // English subjects sit next to their verb, or before a parenthesis: "Peskov, speaking to reporters, said".
    return region.find((c) => (position(key, c) & (EXCLUDED | SUBJECT_LIKE | METONYM_HEAD)) === SUBJECT_LIKE && /^\s*,/.test(key.slice(c.end)));
  }
  // The first chain in subject position, else the last one not headed by a metonym.
  let nearest: Chain | undefined;
  for (const chain of region) {
    const at = position(key, chain);
    if ((at & EXCLUDED) !== 0) continue;
    if ((at & SUBJECT_LIKE) !== 0) return chain;
    if ((at & METONYM_HEAD) === 0) nearest = chain;
  }
  return nearest;
}

/** `position` flags: the chain cannot be a subject (after a preposition, before «را», …). */
const EXCLUDED = 1;
/** `position` flags: the chain stands where a subject does (start, after a light word, a number or a weekday). */
const SUBJECT_LIKE = 2;
/** `position` flags: the chain's head is a metonym ("مسکو", "Baku"). */
const METONYM_HEAD = 4;

/** Where a chain stands, as `EXCLUDED | SUBJECT_LIKE | METONYM_HEAD` bits (a number: called for every chain before a verb). */
function position(key: string, chain: Chain): number {
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
  return (excluded ? EXCLUDED : 0) | (subjectLike ? SUBJECT_LIKE : 0) | (metonymHead ? METONYM_HEAD : 0);
}

/** A speaker as shown: as written, without a leading English article. */
const shownText = (written: string): string => written.replace(/^the\s+/i, '');

/** The actor of a mention known to be one. */
function actorOf(m: Mention): Actor {
  return (m.what as { kind: 'actor'; actor: Actor }).actor;
}

/** The speaker a capital actor's mention names, as written. */
function shownSpeaker(shown: Mention, text: string, last: Recent): Speaker {
  const actor = actorOf(shown);
  // "این مقام آذربایجانی" / "the Russian official": the last speaker of that capital, if a person.
  const asWritten = text.slice(shown.start, shown.end);
  if (actor.type === 'person' && actor.capitals.length === 1) {
    const written = asWritten.toLowerCase();
    const demonstrative = /^این\s/u.test(written) || /^the\s.*(?:official|diplomat|envoy)$/.test(written);
    const earlier = demonstrative ? last.people.get(actor.capitals[0]!) : undefined;
    if (earlier) return earlier;
  }
  return { key: actor.id, capitals: actor.capitals, text: shownText(asWritten), person: actor.type === 'person', body: actor.type !== 'person' };
}

/** The speaker a chain names, or the earlier speaker its pronoun refers to. */
function speakerOf(chain: Chain, text: string, last: Recent): Speaker | undefined {
  // Most chains are one capital actor: no lists or sets to build.
  const only = chain.members.length === 1 ? chain.members[0]! : undefined;
  if (only && only.what.kind === 'actor' && only.what.actor.role === 'capital') return shownSpeaker(only, text, last);
  const actors = chain.members.filter((m) => m.what.kind === 'actor');
  const capitalActors = actors.filter((m) => m.what.kind === 'actor' && m.what.actor.role === 'capital');
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
      return { key: ids.sort().join('+'), capitals, text: shownText(text.slice(from, chain.end).replace(/[\s،,]+$/u, '')), person: false, body: true };
    }
    const named = capitalActors.filter((m) => actorOf(m).type === 'person' && !actorOf(m).title);
    const shown = named[0] ?? capitalActors.find((m) => actorOf(m).type === 'person') ?? capitalActors[0];
    if (!shown) return undefined;
    return shownSpeaker(shown, text, last);
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
  const last = lastQuoteBefore(quotes, at);
  const opening = last?.[0] === at ? last : undefined;
  if (opening) {
    if (hasWords(key, opening[0] + 1, opening[1], 6) || /^[\s.!?؟,،]*$/.test(key.slice(opening[1] + 1, sentenceEnd))) return 'direct';
  }
  // A quote that ends right before the speaker (or the verb): `«…» پاشینیان گفت`, `"…," said X`.
  const anchor = subject ? Math.min(subject.start, cue.start) : cue.start;
  const before = lastQuoteBefore(quotes, anchor);
  if (before && before[1] < anchor && /^[\s,،.]*$/.test(key.slice(before[1] + 1, anchor))) return 'direct';
  return 'indirect';
}

/** Whether `key[from, to)` holds at least `min` words (runs of non-space), counted without splitting it. */
function hasWords(key: string, from: number, to: number, min: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(key.charCodeAt(i));
    if (!space && !inWord && ++words >= min) return true;
    inWord = !space;
  }
  return false;
}

/** True when the verb is followed by what was said: a colon, a quote, or "که"/"that". */
function complementFollows(key: string, at: number): boolean {
  if (key[at] === ':' || key[at] === '"') return true;
  const word = wordAfter(key, at);
  return word === 'که' || word === 'that';
}
