/**
 * Turns a report file's bytes into text: strict UTF-8 (a BOM is dropped), no NUL bytes,
 * LF line ends. Anything else is not a text report and is refused, never half-read.
 */

/** The decoded text, or why the file is not readable text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; message: string; hint: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a report file.
 * @param raw The file's bytes, or a string already read (a leading BOM is removed from it too).
 * @returns LF-only text without BOM, or a problem for invalid UTF-8 and binary (NUL) content.
 */
export function decodeReportFile(raw: string | Uint8Array): DecodeResult {
  let text: string;
  if (typeof raw === 'string') {
    text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  } else {
    if (raw.includes(0)) {
      return { ok: false, message: 'the file contains NUL bytes: it is binary, not a text report', hint: 'save the report as plain UTF-8 Markdown (.md)' };
    }
    try {
      text = decoder.decode(raw);
    } catch {
      return { ok: false, message: 'the file is not valid UTF-8 text', hint: 'save the report with UTF-8 encoding (not Windows-1256 or UTF-16)' };
    }
  }
  if (text.includes('\u0000')) {
    return { ok: false, message: 'the file contains NUL characters: it is binary, not a text report', hint: 'save the report as plain UTF-8 Markdown (.md)' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
