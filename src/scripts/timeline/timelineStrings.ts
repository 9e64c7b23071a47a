/**
 * The timeline's own words in both interface languages. Kept beside the island (not in the
 * site dictionary) because the browser script needs them too and should not ship the whole
 * dictionary.
 */
import type { Capital } from '../../lib/capitals';

export interface TimelineStrings {
  capital: Record<Capital, string>;
  /** `{date}`, `{speaker}`, `{capital}`: the accessible name of one statement's mark. */
  mark: string;
  /** `{count}`, `{capital}`, `{from}`, `{to}`: the accessible name of a count mark. */
  count: string;
  chart: string;
  overview: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  show: string;
  keysTitle: string;
  keys: string;
  countHint: string;
}

export const TIMELINE_STRINGS: Record<'fa' | 'en', TimelineStrings> = {
  fa: {
    capital: { baku: 'باکو', moscow: 'مسکو', yerevan: 'ایروان' },
    mark: '{date}، {speaker}، {capital}',
    count: '{count} گفته از {capital}، {from} تا {to}',
    chart: 'گاه‌شمار گفته‌ها، یک ردیف برای هر پایتخت',
    overview: 'نمای کل بازهٔ زمانی؛ برای جابه‌جایی بکشید',
    zoomIn: 'بزرگ‌نمایی',
    zoomOut: 'کوچک‌نمایی',
    reset: 'همهٔ بازه',
    show: 'نمایش پایتخت‌ها',
    keysTitle: 'راهنمای صفحه‌کلید',
    keys: '+ و − بزرگ‌نمایی و کوچک‌نمایی؛ ← و → جابه‌جایی در زمان (← به سوی تاریخ‌های بعدی)؛ Home همهٔ بازه؛ Tab از نشانه‌ای به نشانهٔ دیگر؛ Enter گفته را باز می‌کند یا شمارنده را بزرگ می‌کند.',
    countHint: 'برای جدا شدن نشانه‌ها بزرگ‌نمایی کنید',
  },
  en: {
    capital: { baku: 'Baku', moscow: 'Moscow', yerevan: 'Yerevan' },
    mark: '{date}, {speaker}, {capital}',
    count: '{count} statements from {capital}, {from} to {to}',
    chart: 'Timeline of statements, one lane per capital',
    overview: 'Overview of the whole range; drag to move',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Whole range',
    show: 'Show capitals',
    keysTitle: 'Keyboard help',
    keys: '+ and − zoom in and out; ← and → move in time (→ towards later dates); Home shows the whole range; Tab moves between marks; Enter opens a statement or zooms into a count.',
    countHint: 'Zoom in to separate the marks',
  },
};

/** Fills `{name}` placeholders. */
export const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
