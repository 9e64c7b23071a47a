/**
 * Deterministic generator of synthetic news reports for the benchmarks.
 *
 * GENERATED TEST DATA, NEVER PUBLISHED: every report says `source: "generated"` and its sentences
 * are invented filler around real speaker names and saying verbs (persian-and-rtl.md §1.2, §1.8,
 * §3) so that the real extractor finds statements in them. Report i depends only on (seed, i),
 * so the first 1,000 reports of a 10,000-report corpus are the 1,000-report corpus.
 */
import { toJalaali } from 'jalaali-js';
import type { Capital } from '../../src/lib/capitals';

/** One generated file: its path relative to the corpus folder and its full text. */
export interface GeneratedReport {
  file: string;
  text: string;
  lang: 'fa' | 'en';
  date: string;
  /** Statements the generator planted, per capital (what a perfect extractor finds). */
  planted: Record<Capital, number>;
}

/** Small, fast, well-known PRNG (mulberry32); good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const int = (rnd: Rnd, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

/** A speaker as a report names it; `from` limits it to its term of office (ISO date), as in reality. */
interface Speaker {
  capital: Capital;
  name: string;
  /** Person (continuation "وی"/"he") or institution ("این وزارتخانه"/"the ministry"). */
  person: boolean;
  from?: string;
}

const ZW = '\u200C';

const FA_SPEAKERS: readonly Speaker[] = [
  { capital: 'baku', name: 'وزارت دفاع آذربایجان', person: false },
  { capital: 'baku', name: 'وزارت دفاع جمهوری آذربایجان', person: false },
  { capital: 'baku', name: 'وزارت امور خارجه جمهوری آذربایجان', person: false },
  { capital: 'baku', name: `الهام علی${ZW}اف، رئیس${ZW}جمهور آذربایجان،`, person: true },
  { capital: 'baku', name: `حکمت حاجی${ZW}اف، دستیار رئیس${ZW}جمهور آذربایجان،`, person: true, from: '2018-03-01' },
  { capital: 'baku', name: 'جیحون بایراموف، وزیر امور خارجه آذربایجان،', person: true, from: '2020-07-16' },
  { capital: 'moscow', name: 'وزارت امور خارجه روسیه', person: false },
  { capital: 'moscow', name: 'وزارت دفاع روسیه', person: false },
  { capital: 'moscow', name: 'ماریا زاخارووا، سخنگوی وزارت امور خارجه روسیه،', person: true, from: '2015-08-10' },
  { capital: 'moscow', name: 'زاخاروا', person: true, from: '2015-08-10' },
  { capital: 'moscow', name: 'دمیتری پسکوف، سخنگوی کرملین،', person: true },
  { capital: 'moscow', name: 'سرگئی لاوروف، وزیر امور خارجه روسیه،', person: true },
  { capital: 'moscow', name: 'کرملین', person: false },
  { capital: 'yerevan', name: `نیکول پاشینیان، نخست${ZW}وزیر ارمنستان،`, person: true, from: '2018-05-08' },
  { capital: 'yerevan', name: 'وزارت امور خارجه ارمنستان', person: false },
  { capital: 'yerevan', name: 'وزارت دفاع ارمنستان', person: false },
  { capital: 'yerevan', name: 'آرارات میرزویان، وزیر امور خارجه ارمنستان،', person: true, from: '2021-08-19' },
  { capital: 'yerevan', name: 'آرمن گریگوریان، دبیر شورای امنیت ارمنستان،', person: true, from: '2018-05-11' },
];

const EN_SPEAKERS: readonly Speaker[] = [
  { capital: 'baku', name: "Azerbaijan's Defence Ministry", person: false },
  { capital: 'baku', name: 'The Azerbaijani Foreign Ministry', person: false },
  { capital: 'baku', name: 'President Ilham Aliyev', person: true },
  { capital: 'baku', name: "Hikmet Hajiyev, foreign policy aide to Azerbaijan's president,", person: true, from: '2018-03-01' },
  { capital: 'baku', name: 'Foreign Minister Jeyhun Bayramov', person: true, from: '2020-07-16' },
  { capital: 'moscow', name: 'Kremlin spokesman Dmitry Peskov', person: true },
  { capital: 'moscow', name: 'Maria Zakharova, the Russian Foreign Ministry spokeswoman,', person: true, from: '2015-08-10' },
  { capital: 'moscow', name: 'Russian Foreign Minister Sergey Lavrov', person: true },
  { capital: 'moscow', name: 'The Russian Defence Ministry', person: false },
  { capital: 'yerevan', name: 'Armenian Prime Minister Nikol Pashinyan', person: true, from: '2018-05-08' },
  { capital: 'yerevan', name: "Armenia's Foreign Ministry", person: false },
  { capital: 'yerevan', name: "Armenia's Defence Ministry", person: false },
  { capital: 'yerevan', name: 'Armenian Foreign Minister Ararat Mirzoyan', person: true, from: '2021-08-19' },
];

/** Saying verbs (§1.2) written with ZWNJ; `spacing` later turns ZWNJ into a space or nothing. */
const FA_VERBS_THAT = ['گفت که', 'اعلام کرد که', 'تأکید کرد که', 'تاکید کرد که', 'اظهار داشت که', `خاطرنشان کرد که`, 'هشدار داد که', 'اطلاع داد که', 'تصریح کرد که', `اعلام کرده${ZW}است که`, `می${ZW}گوید`];
const FA_VERBS_COLON = ['گفت:', 'اعلام کرد:', 'تأکید کرد:'];
const EN_VERBS_THAT = ['said that', 'said in a statement that', 'stressed that', 'told reporters that', 'warned that', 'announced that', 'noted that', 'stated that'];

/** Invented, neutral clauses: the "content" of planted statements and background sentences. */
const FA_CLAUSES = [
  `روند مذاکرات صلح باید بدون پیش${ZW}شرط ادامه یابد`,
  'امنیت مرزهای مشترک اولویت اصلی دولت است',
  `گفت${ZW}وگوها درباره تعیین حدود مرزی در هفته آینده از سر گرفته می${ZW}شود`,
  'هیچ تیراندازی در طول شب گذشته در خط تماس ثبت نشده است',
  `بازگشایی مسیرهای ترانزیتی به نفع همه کشورهای منطقه خواهد بود`,
  'کمیسیون مشترک برای بررسی وضعیت اسرا تشکیل شده است',
  `اظهارات طرف مقابل با واقعیت${ZW}های میدانی مطابقت ندارد`,
  'مین‌زدایی از مناطق آزاد شده با سرعت بیشتری انجام خواهد شد',
  'این کشور به تعهدات خود در چارچوب توافق آتش‌بس پایبند است',
  `نشست سه${ZW}جانبه وزیران خارجه در ماه آینده برگزار می${ZW}شود`,
  'گزارش‌ها درباره جابه‌جایی نیروهای نظامی نادرست است',
  'همکاری اقتصادی میان کشورهای منطقه باید گسترش یابد',
  `کریدور لاچین برای عبور غیرنظامیان باز است`,
  `ساخت${ZW}وساز زیرساخت${ZW}های حمل و نقل طبق برنامه پیش می${ZW}رود`,
];
const FA_BACKGROUND = [
  `منطقه قره${ZW}باغ کوهستانی در سه دهه گذشته صحنه چند درگیری بوده است`,
  `بیانیه سه جانبه (مسکو-باکو-ایروان) در ۱۰ نوامبر ۲۰۲۰ به جنگ ۴۴ روزه پایان داد`,
  `هیئت${ZW}های دو کشور پیش از این نیز در بروکسل و واشنگتن دیدار کرده بودند`,
  `وضعیت جاده${ZW}های منطقه در ماه${ZW}های اخیر بارها موضوع بحث بوده است`,
  'ناظران بین‌المللی در منطقه حضور دارند و گزارش‌های خود را منتشر می‌کنند',
  `قیمت سوخت و کالاهای اساسی در شهرهای مرزی افزایش یافته است`,
  'نشست مسکو با حضور نمایندگان هر سه کشور برگزار شد',
];
const EN_CLAUSES = [
  'peace talks must continue without preconditions',
  'the security of the common border remains the government’s first priority',
  'talks on border delimitation would resume next week',
  'no shooting had been recorded along the line of contact overnight',
  'reopening transit routes would benefit every country in the region',
  'a joint commission on detainees had been set up',
  'the other side’s claims did not match the situation on the ground',
  'demining of the recovered areas would be accelerated',
  'the country remained committed to the ceasefire agreement',
  'a trilateral meeting of foreign ministers would take place next month',
  'reports of troop movements were untrue',
  'the Lachin corridor was open to civilians',
];
const EN_BACKGROUND = [
  'The region has seen several rounds of fighting over the past three decades.',
  'The trilateral statement (Moscow–Baku–Yerevan) of 10 November 2020 ended the 44-day war.',
  'Delegations of the two countries had previously met in Brussels and Washington.',
  'International observers are deployed in the area and publish their own reports.',
  'Fuel and food prices have risen in the border towns in recent months.',
  'The Moscow meeting brought together representatives of all three countries.',
];
/** Saying verbs whose subject is not one of the three governments: candidates, not statements. */
const FA_NON_STATEMENTS = [
  (c: string) => `به گزارش ایرنا، رسانه${ZW}های محلی نوشتند که ${c}.`,
  (c: string) => `جوزپ بورل، مسئول سیاست خارجی اتحادیه اروپا، گفت که ${c}.`,
  (c: string) => `ناصر کنعانی، سخنگوی وزارت امور خارجه ایران، اعلام کرد که ${c}.`,
  (c: string) => `کارشناسان روس معتقدند که ${c}.`,
  (c: string) => `آرایک هاروتیونیان، رهبر جدایی${ZW}طلبان قره${ZW}باغ، مدعی شد که ${c}.`,
];
const EN_NON_STATEMENTS = [
  (c: string) => `TASS reported that ${c}.`,
  (c: string) => `According to Reuters, ${c}.`,
  (c: string) => `EU foreign policy chief Josep Borrell said that ${c}.`,
  (c: string) => `Iran's foreign ministry spokesman said that ${c}.`,
  (c: string) => `Local media wrote that ${c}.`,
];
const FA_SOURCES = ['به گزارش آران نیوز به نقل از اسپوتنیک،', 'به گزارش ایرنا،', 'به گزارش خبرگزاری تسنیم به نقل از تاس،', 'به نقل از آذرتاج،', 'به گزارش آرمن‌پرس،'];
const EN_SOURCES = ['According to Reuters,', 'As TASS reported,', 'Citing AZERTAC,', 'As Armenpress reported,'];

const FA_TOPICS = ['مذاکرات صلح', 'وضعیت مرز', 'کریدور لاچین', 'تبادل اسرا', 'مین‌زدایی', 'نشست سه‌جانبه', 'مسیرهای ترانزیتی'];
const EN_TOPICS = ['peace talks', 'the border situation', 'the Lachin corridor', 'prisoner exchanges', 'demining', 'the trilateral meeting', 'transit routes'];
const FA_CAPITAL_NAMES: Record<Capital, string> = { baku: 'باکو', moscow: 'مسکو', yerevan: 'ایروان' };
const EN_CAPITAL_NAMES: Record<Capital, string> = { baku: 'Baku', moscow: 'Moscow', yerevan: 'Yerevan' };

const START = Date.UTC(2015, 0, 1);
const END = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const toPersianDigits = (s: string): string => s.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);

/** Front-matter date: ISO mostly; for a fifth of Persian reports a Jalali date (Persian or Latin digits). */
function frontMatterDate(rnd: Rnd, iso: string, lang: 'fa' | 'en'): string {
  if (lang === 'en' || rnd() > 0.2) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const j = toJalaali(y, m, d);
  const s = `${j.jy}/${String(j.jm).padStart(2, '0')}/${String(j.jd).padStart(2, '0')}`;
  return rnd() < 0.5 ? toPersianDigits(s) : s;
}

/** ZWNJ spelling style of a Persian report: standard, plain spaces (like the seed), or joined. */
function applySpacing(text: string, style: number): string {
  if (style === 0) return text;
  if (style === 1) return text.replaceAll(ZW, ' ');
  return text.replaceAll(`می${ZW}`, 'می').replaceAll(ZW, ' ');
}

/** Arabic keyboard letters (ي, ك) in some Persian reports, as pasted from Arabic-script sources. */
const arabicLetters = (text: string): string => text.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

interface Built {
  blocks: string[];
  planted: Record<Capital, number>;
}

/** Body of one report: heading, cited first statement, background, statements as paragraphs, quotes, list items. */
function buildBody(rnd: Rnd, lang: 'fa' | 'en', iso: string): Built {
  const fa = lang === 'fa';
  const speakers = (fa ? FA_SPEAKERS : EN_SPEAKERS).filter((s) => !s.from || s.from <= iso);
  const clauses = fa ? FA_CLAUSES : EN_CLAUSES;
  const planted: Record<Capital, number> = { baku: 0, moscow: 0, yerevan: 0 };
  const blocks: string[] = [];
  const nStatements = int(rnd, 2, 8);
  const lead = pick(rnd, speakers);
  const topic = pick(rnd, fa ? FA_TOPICS : EN_TOPICS);
  blocks.push(
    fa
      ? `## واکنش ${FA_CAPITAL_NAMES[lead.capital]} به تحولات ${topic}`
      : `## ${EN_CAPITAL_NAMES[lead.capital]} responds on ${topic}`,
  );
  const statement = (s: Speaker, withSource: boolean): string => {
    planted[s.capital] += 1;
    const c = pick(rnd, clauses);
    const src = withSource ? `${pick(rnd, fa ? FA_SOURCES : EN_SOURCES)} ` : '';
    const r = rnd();
    if (fa) {
      if (r < 0.15) return `${src}به گفته ${s.name.replace(/،$/, '').split('،')[0]}، «${c}».`;
      if (r < 0.35) return `${src}${s.name} ${pick(rnd, FA_VERBS_COLON)} «${c}.»`;
      let p = `${src}${s.name} ${pick(rnd, FA_VERBS_THAT)} ${c}.`;
      if (rnd() < 0.35) p += ` ${s.person ? 'وی' : `این وزارتخانه`} افزود: ${pick(rnd, clauses)}.`;
      return p;
    }
    // After a source prefix ("According to Reuters, …") the sentence continues in lower case.
    const named = withSource ? s.name.replace(/^The /, 'the ') : s.name;
    if (r < 0.15) return `According to ${s.name.replace(/,$/, '').split(',')[0]?.replace(/^The /, 'the ')}, ${c}.`;
    if (r < 0.35) return `${src}${named} said: “${c.charAt(0).toUpperCase()}${c.slice(1)}.”`;
    let p = `${src}${named} ${pick(rnd, EN_VERBS_THAT)} ${c}.`;
    if (rnd() < 0.35) p += ` ${s.person ? 'He added that' : 'The ministry added that'} ${pick(rnd, clauses)}.`;
    return p;
  };
  blocks.push(statement(lead, true));
  /** A context paragraph of 1–3 sentences with no statement in it (mentions of capitals allowed). */
  const background = (): string =>
    Array.from({ length: int(rnd, 1, 3) }, () => pick(rnd, fa ? FA_BACKGROUND : EN_BACKGROUND) + (fa ? '.' : '')).join(' ');
  blocks.push(background());
  let left = nStatements - 1;
  while (left > 0) {
    const shape = rnd();
    if (shape < 0.15 && left >= 2) {
      const n = Math.min(left, int(rnd, 2, 3));
      const items: string[] = [];
      for (let k = 0; k < n; k++) items.push(`- ${statement(pick(rnd, speakers), false)}`);
      blocks.push(items.join('\n'));
      left -= n;
    } else if (shape < 0.3) {
      blocks.push(`> ${statement(pick(rnd, speakers), false)}`);
      left -= 1;
    } else {
      blocks.push(statement(pick(rnd, speakers), false));
      left -= 1;
    }
    if (rnd() < 0.5) blocks.push(background());
    if (rnd() < 0.2) blocks.push(pick(rnd, fa ? FA_NON_STATEMENTS : EN_NON_STATEMENTS)(pick(rnd, clauses)));
  }
  return { blocks, planted };
}

/** Report number `index` of the corpus for `seed`. */
export function generateReport(index: number, seed = 1): GeneratedReport {
  const rnd = mulberry32((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const lang: 'fa' | 'en' = rnd() < 2 / 3 ? 'fa' : 'en';
  const iso = new Date(START + Math.floor(rnd() * ((END - START) / DAY + 1)) * DAY).toISOString().slice(0, 10);
  const { blocks, planted } = buildBody(rnd, lang, iso);
  const title =
    lang === 'fa'
      ? `گزارش آزمایشی ${toPersianDigits(String(index + 1))}: ${blocks[0]?.slice(3) ?? ''}`
      : `Generated report ${index + 1}: ${blocks[0]?.slice(3) ?? ''}`;
  const front = ['---', `title: ${JSON.stringify(title)}`, `date: ${JSON.stringify(frontMatterDate(rnd, iso, lang))}`, 'source: "generated"'];
  if (rnd() < 0.5) front.push(`lang: ${lang}`);
  front.push('---', '');
  let text = `${front.join('\n')}\n${blocks.join('\n\n')}\n`;
  if (lang === 'fa') {
    text = applySpacing(text, int(rnd, 0, 2));
    if (rnd() < 0.1) text = arabicLetters(text);
  }
  if (rnd() < 0.05) text = text.replaceAll('\n', '\r\n');
  const file = `${iso.slice(0, 4)}/${iso}-generated-${String(index + 1).padStart(6, '0')}.md`;
  return { file, text, lang, date: iso, planted };
}

/** The first `count` reports of the corpus for `seed`. */
export function generateCorpus(count: number, seed = 1): GeneratedReport[] {
  return Array.from({ length: count }, (_, i) => generateReport(i, seed));
}
