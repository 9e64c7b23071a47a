import { describe, expect, it } from 'vitest';
import { extract } from './extractHelpers';

// Pathological inputs: each must simply finish (linear-time matching), whatever it returns.
const LONG = 200_000;
const CASES: Array<[string, string]> = [
  ['a line of quote marks', '"'.repeat(LONG)],
  ['a line of guillemets and spaces', '« » '.repeat(LONG / 4)],
  ['spaces and ZWNJ between one verb', `وزارت دفاع روسیه اعلام${' \u200C'.repeat(LONG / 2)}کرد`],
  ['a verb repeated with nothing between', 'گفت '.repeat(LONG / 4)],
  ['names repeated without verbs', 'وزارت دفاع آذربایجان، '.repeat(LONG / 22)],
  ['an unclosed quote after a verb', `پسکوف گفت: «${'مسکو '.repeat(LONG / 5)}`],
  ['a long English run of speakers and commas', 'Zakharova, Peskov and Lavrov, '.repeat(LONG / 30) + 'said.'],
  ['many short sentences, each with a speaker and a verb', 'پسکوف گفت. '.repeat(LONG / 11)],
  ['many quotes, each followed by a verb', '«ما» وی گفت '.repeat(LONG / 12)],
  ['many chains and verbs in one sentence', 'پوتین و علی‌اف و پاشینیان تأکید کردند و '.repeat(LONG / 40)],
  ['tatweel runs', `زاخارووا${'\u0640'.repeat(LONG)} گفت`],
];

describe('extractStatements on pathological input', () => {
  it.each(CASES)('finishes on %s', (_label, text) => {
    const result = extract(text.replace(/\n/g, ' '));
    expect(Array.isArray(result.statements)).toBe(true);
  });
});
