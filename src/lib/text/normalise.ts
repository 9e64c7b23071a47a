/**
 * Persian-aware text normalisation in two layers (see shared/reference/persian-and-rtl.md §2):
 * - `toDisplayText`: applied once at ingest; what pages show and quotes are cut from.
 * - `toMatchKey`: a same-length mapping of display text used only for matching, so that a
 *   match at [start, end) in the key is [start, end) in the display text.
 */

/** Arabic letter forms, joiners and quote marks folded for matching, one UTF-16 unit each. */
const MATCH_MAP: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0626': '\u06CC', // ئ → ی (رئیس = رییس)
  '\u0643': '\u06A9', // ك → ک
  '\u0623': '\u0627', // أ → ا (تأکید = تاکید)
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0629': '\u0647', // ة → ه
  '\u06C0': '\u0647', // ۀ → ه
  '\u06D5': '\u0647', // ە → ه
  '\u0624': '\u0648', // ؤ → و
  '\u200C': ' ', // ZWNJ: می‌کند = می کند
  '\u200D': ' ',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2018': "'",
  '\u2019': "'",
};

/** Marks that matching ignores; they become U+0640, which patterns skip like a gap. */
const IGNORABLE = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/;

/** Invisible characters that can reorder or hide text: removed from display text. */
const INVISIBLE = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u0000]/g;

/** Characters `toDisplayText` replaces one for one (Arabic ي ى ك) or removes (tatweel and `INVISIBLE`). */
const DISPLAY_FOLDS = new RegExp(`[\u064A\u0649\u0643\u0640${INVISIBLE.source.slice(1, -1)}]`, 'g');

/** The replacements among `DISPLAY_FOLDS`; every other character in it is removed. */
const DISPLAY_FOLD: Readonly<Record<string, string>> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9' };

/** Arabic presentation forms (text pasted from PDFs); folded with NFKC at ingest. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]+/g;

/** Units below this may be "plain" (see `PLAIN_TABLE`); all others take the full path. */
const PLAIN_TABLE_SIZE = 0x2070;

/**
 * 1 for a UTF-16 unit that `toDisplayText` leaves as it is wherever it stands: not folded or
 * removed, not a presentation form, its own NFC, not a mark, and (below U+0700 and in General
 * Punctuation, the only ranges let in) never the second part of a canonical composition. A
 * text of such units only is already NFC (Unicode's NFC quick check: every unit "yes", no
 * combining class), so `toDisplayText` returns it unchanged without normalising it.
 */
const PLAIN_TABLE = Uint8Array.from({ length: PLAIN_TABLE_SIZE }, (_, code) => {
  if (!(code < 0x0700 || code >= 0x2000) || code === 0x0d) return 0;
  const ch = String.fromCharCode(code);
  DISPLAY_FOLDS.lastIndex = 0;
  PRESENTATION_FORMS.lastIndex = 0;
  const plain = !DISPLAY_FOLDS.test(ch) && !PRESENTATION_FORMS.test(ch) && !/\p{M}/u.test(ch) && ch.normalize('NFC') === ch;
  DISPLAY_FOLDS.lastIndex = 0;
  PRESENTATION_FORMS.lastIndex = 0;
  return plain ? 1 : 0;
});

/** Whether `text` is display text already: every unit plain (one table read each; most report bodies and blocks are). */
export function isPlainDisplayText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= PLAIN_TABLE_SIZE || PLAIN_TABLE[code] === 0) return false;
  }
  return true;
}

/** What `toDisplayText` last returned after finding every unit plain. */
let lastPlainResult: string | undefined;

/**
 * Whether `text` is known, without scanning it, to be all plain units: it is what
 * `toDisplayText` last returned unchanged (`lexReport` asks about the body it was just
 * given). False means "not known", not "not plain".
 */
export function isKnownPlainDisplayText(text: string): boolean {
  return text === lastPlainResult;
}

/**
 * Canonical display text: NFC, presentation forms folded, Arabic ي/ك as Persian ی/ک,
 * tatweel, bidi controls and zero-width spaces removed, CRLF and CR as LF.
 * ZWNJ is kept: it is part of correct Persian spelling.
 */
export function toDisplayText(input: string): string {
  const lf = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  // A text with nothing to fold, remove or compose is returned as it is: one scan instead of
  // a normalisation and two replacing passes.
  if (isPlainDisplayText(lf)) {
    lastPlainResult = lf;
    return lf;
  }
  // One pass for the single-character folds and removals (none produces another's input).
  return lf
    .normalize('NFC')
    .replace(PRESENTATION_FORMS, (run) => run.normalize('NFKC'))
    .replace(DISPLAY_FOLDS, (ch) => DISPLAY_FOLD[ch] ?? '');
}

/** The match-key form of one UTF-16 unit (the rules `toMatchKey` documents). */
function matchKeyUnit(code: number): number {
  const mapped = MATCH_MAP[String.fromCharCode(code)];
  if (mapped !== undefined) return mapped.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 48;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 48;
  if (IGNORABLE.test(String.fromCharCode(code))) return 0x0640;
  if (code >= 65 && code <= 90) return code + 32;
  return code;
}

/** Every unit the key changes lies below this; units above it map to themselves. */
const KEY_TABLE_SIZE = 0x2030;

/** `matchKeyUnit` for every unit below `KEY_TABLE_SIZE`: one array read per character. */
const KEY_TABLE = Uint16Array.from({ length: KEY_TABLE_SIZE }, (_, code) => matchKeyUnit(code));

/** Units per `String.fromCharCode` call: well under any engine's argument limit. */
const DECODE_CHUNK = 8192;

/** Decodes the buffer natively; it would turn lone surrogates into U+FFFD, so those go by `fromCharCode`. */
const UTF16 = new TextDecoder('utf-16le');

/**
 * A reusable buffer that keeps the match key it last made as UTF-16 units: a phrase search
 * reads a typed array several times faster than `charCodeAt` on a string (above all on the
 * sliced strings block texts are), and keys are made for every block of every report.
 */
export class MatchKeyBuffer {
  /** The units of the last key made, in `[0, key.length)`; replaced when it has to grow. */
  units = new Uint16Array(4096);
  /** Positions (ascending) of the last key's units that are among the `marked` units, in `[0, markCount)`. */
  marks = new Int32Array(256);
  /** How many entries of `marks` belong to the last key. */
  markCount = 0;
  /**
   * Per input unit: its key unit (low 16 bits) and flags (`CHANGED`, `SURROGATE`, `MARKED`),
   * so the loop reads one table entry per character and tests nothing it does not need.
   */
  private readonly table: Int32Array;
  /** The input of the last `fill`, and the flags of its units (`CHANGED`, `SURROGATE`). */
  private input = '';
  private flags = 0;

  /** @param marked Key units (e.g. quotes, sentence ends) whose positions `fill` records in `marks`. */
  constructor(marked = '') {
    this.table = keyTableWithMarks(marked);
  }

  /** `toMatchKey(input)`, leaving its units in `units` and the positions of its marked units in `marks`. */
  keyOf(input: string): string {
    this.fill(input);
    return this.key();
  }

  /**
   * Puts the key units of `input` in `units` and the positions of its marked units in `marks`,
   * without making the key string: a caller that may not need it asks `key()` later.
   */
  fill(input: string): void {
    const n = input.length;
    if (this.units.length < n) this.units = new Uint16Array(Math.max(n, this.units.length * 2));
    const buffer = this.units;
    const table = this.table;
    let marks = this.marks;
    let markCount = 0;
    let flags = 0;
    for (let i = 0; i < n; i++) {
      const entry = table[input.charCodeAt(i)]!;
      buffer[i] = entry;
      flags |= entry;
      if ((entry & MARKED) !== 0) {
        if (markCount === marks.length) {
          const grown = new Int32Array(marks.length * 2);
          grown.set(marks);
          marks = this.marks = grown;
        }
        marks[markCount++] = i;
      }
    }
    this.markCount = markCount;
    this.input = input;
    this.flags = flags;
  }

  /** The match key of the last `fill`'s input, as a string. */
  key(): string {
    const { input, flags } = this;
    const n = input.length;
    // Most Persian blocks and some English ones are their own key: no new string.
    if ((flags & CHANGED) === 0) return input;
    const buffer = this.units;
    if ((flags & SURROGATE) === 0) return UTF16.decode(buffer.subarray(0, n));
    let out = '';
    for (let i = 0; i < n; i += DECODE_CHUNK) out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + DECODE_CHUNK)) as unknown as number[]);
    return out;
  }
}

/** `MatchKeyBuffer` table flags, above the 16 bits of the key unit. */
const CHANGED = 1 << 16;
const SURROGATE = 1 << 17;
const MARKED = 1 << 18;

/** The key unit and flags of every UTF-16 unit, with `marked` key units flagged `MARKED`. */
function keyTableWithMarks(marked: string): Int32Array {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const key = code < KEY_TABLE_SIZE ? KEY_TABLE[code]! : code;
    let entry = key;
    if (key !== code) entry |= CHANGED;
    if (code >= 0xd800 && code <= 0xdfff) entry |= SURROGATE;
    if (marked.includes(String.fromCharCode(key))) entry |= MARKED;
    table[code] = entry;
  }
  return table;
}

/** The buffer `toMatchKey` makes its keys in; made on first use (its table is 256 KB, and pages that load this module may never ask for a key). */
let sharedKeyBuffer: MatchKeyBuffer | undefined;

/**
 * Same-length match key: letter variants folded, ZWNJ and no-break spaces as spaces,
 * every quote mark as `"`, Persian and Arabic-Indic digits as ASCII, diacritics as U+0640,
 * Latin letters lower-cased.
 */
export function toMatchKey(input: string): string {
  return (sharedKeyBuffer ??= new MatchKeyBuffer()).keyOf(input);
}

/** Converts Persian and Arabic-Indic digits to ASCII digits; leaves everything else alone. */
export function toAsciiDigits(input: string): string {
  return input.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(code - (code >= 0x06f0 ? 0x06f0 : 0x0660) + 48);
  });
}

/**
 * A compact search/compare key: match key with gaps collapsed to one space and trimmed.
 * Not length-preserving; for lookups such as gazetteer names, search records and ids.
 */
export function toSearchKey(input: string): string {
  return toMatchKey(toDisplayText(input)).replace(/\u0640/g, '').replace(/\s+/g, ' ').trim();
}
