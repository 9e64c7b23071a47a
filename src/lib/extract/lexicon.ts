/**
 * The grammar the extractor matches: verbs of saying, attribution phrases, containers,
 * pronouns and other words that refer back, in Persian and English (see
 * shared/reference/persian-and-rtl.md §1). Who speaks for which capital is not here: that is
 * the gazetteer's job. Phrases are written in display spelling; spaces mean "space, ZWNJ or nothing".
 */

/** Persian light-verb forms: past, plural, perfect, pluperfect, present (never negated or future). */
const LIGHT_VERBS: Readonly<Record<string, readonly string[]>> = {
  کرد: ['کرد', 'کردند', 'کرده است', 'کرده اند', 'کرده بود', 'کرده بودند', 'می کند', 'می کنند', 'نمود', 'نمودند', 'نموده است', 'نموده اند', 'می نماید', 'می نمایند'],
  داد: ['داد', 'دادند', 'داده است', 'داده اند', 'داده بود', 'می دهد', 'می دهند'],
  داشت: ['داشت', 'داشتند', 'داشته است', 'داشته اند', 'می دارد', 'می دارند'],
  ساخت: ['ساخت', 'ساختند', 'ساخته است', 'ساخته اند'],
  شد: ['شد', 'شدند', 'شده است', 'شده اند', 'می شود', 'می شوند'],
};

/** Nominal parts of Persian compound verbs of saying, with the light verbs they take. */
const FA_COMPOUNDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['اعلام', ['کرد', 'داشت']], ['تاکید', ['کرد']], ['اظهار', ['کرد', 'داشت']], ['خاطرنشان', ['کرد', 'ساخت']],
  ['اطلاع', ['داد']], ['اطلاع رسانی', ['کرد']], ['گزارش', ['داد']], ['هشدار', ['داد']], ['تصریح', ['کرد']], ['بیان', ['کرد', 'داشت']],
  ['عنوان', ['کرد']], ['یادآوری', ['کرد']], ['یادآور', ['شد']], ['اذعان', ['کرد', 'داشت']], ['ادعا', ['کرد']],
  ['مدعی', ['شد']], ['تکذیب', ['کرد']], ['رد', ['کرد']], ['محکوم', ['کرد']], ['متهم', ['کرد']], ['تایید', ['کرد']],
  ['انتقاد', ['کرد']], ['درخواست', ['کرد']], ['پاسخ', ['داد']], ['توضیح', ['داد']], ['اعلام آمادگی', ['کرد']],
  ['قول', ['داد']], ['وعده', ['داد']], ['مطلع', ['کرد', 'ساخت']], ['آگاه', ['کرد', 'ساخت']], ['خبر', ['داد']],
  ['ابراز امیدواری', ['کرد']], ['ابراز نگرانی', ['کرد']], ['ابراز تاسف', ['کرد']], ['ابراز', ['کرد', 'داشت']],
  ['متذکر', ['شد']], ['اشاره', ['کرد']], ['استقبال', ['کرد']], ['اطمینان', ['داد']], ['تهدید', ['کرد']],
  ['خواستار', ['شد']], ['اعتراض', ['کرد']], ['دعوت', ['کرد']],
];

/** Persian simple verbs of saying in their affirmative past, perfect and present forms. */
const FA_SIMPLE = [
  'گفت', 'گفتند', 'گفته است', 'گفته اند', 'گفته بود', 'می گوید', 'می گویند',
  'افزود', 'افزودند', 'افزوده است', 'می افزاید', 'نوشت', 'نوشتند', 'نوشته است', 'می نویسد',
  'خواست', 'خواستند', 'ادامه داد', 'خواستار', 'مدعی است', 'خواستار است',
];

/** Persian passives that only speak through a container ("در این اطلاعیه آمده است"). */
export const FA_CONTAINER_VERBS = [
  'آمده است', 'آمده', 'می خوانیم', 'خاطرنشان می شود', 'خاطرنشان شده است', 'خاطرنشان شده', 'تاکید شده است', 'تاکید شده',
  'تاکید می شود', 'اعلام شده است', 'اعلام شده', 'اعلام شد', 'ذکر شده است', 'عنوان شده است', 'گفته شده است', 'تصریح شده است',
  'افزوده شده است', 'اشاره شده است', 'یادآوری شده است', 'اظهار شده است', 'بیان شده است',
];

/** English verbs of saying; `reported`/`wrote` count only when the subject is an official. */
const EN_VERBS = [
  'said', 'says', 'say', 'told', 'stated', 'added', 'adds', 'noted', 'stressed', 'stresses',
  'emphasised', 'emphasized', 'warned', 'warns', 'claimed', 'accused', 'listed', 'outlined', 'set out', 'denied', 'denies', 'rejected', 'condemned',
  'confirmed', 'announced', 'announces', 'declared', 'called for', 'calls for', 'urged', 'urges', 'wrote', 'posted', 'insisted',
  'reiterated', 'underlined', 'pointed out', 'argued', 'replied', 'responded', 'explained', 'informed', 'reported', 'asserted',
  'alleged', 'demanded', 'blamed', 'dismissed', 'vowed', 'promised', 'assured', 'as saying', 'adding', 'expressed concern',
  'expressed hope', 'welcomed', 'protested', 'read',
];

/** English phrases whose verb is a container only ("it was stated in the notice"). */
const EN_CONTAINER_VERBS = ['it was stated', 'it was noted', 'it was said'];

/** Phrases after which the speaker is named ("به گفته X"; "according to X"). */
export const ATTRIBUTION_PREPOSITIONS = [
  'به گفته', 'بنا به گفته', 'بنا بر گفته', 'به اعلام', 'بنا به اعلام', 'بنا بر اعلام', 'طبق اعلام', 'به ادعای', 'به تصریح',
  'به اعتقاد', 'به عقیده', 'به باور', 'به نقل از', 'به گزارش', 'بنا بر گزارش', 'بنا به گزارش', 'طبق گزارش', 'بر اساس گزارش',
  'به نوشته', 'طبق بیانیه', 'بر اساس بیانیه', 'به موجب اطلاعیه', 'طبق اطلاعیه', 'بر اساس اطلاعیه', 'بنا بر اطلاعیه',
  'according to', 'citing', 'quoting', 'as quoted by', 'in the words of',
];

/** Every saying cue: verbs and containers (by language) and prepositional attributions. */
export type CueKind = 'verb' | 'container' | 'preposition';

/** All cues as [phrase, kind]. */
export function sayingCues(): Array<readonly [string, CueKind]> {
  const cues: Array<readonly [string, CueKind]> = [];
  for (const [noun, lights] of FA_COMPOUNDS) {
    for (const light of lights) for (const form of LIGHT_VERBS[light] ?? []) cues.push([`${noun} ${form}`, 'verb']);
  }
  for (const verb of FA_SIMPLE) cues.push([verb, 'verb']);
  for (const verb of EN_VERBS) cues.push([verb, 'verb']);
  for (const verb of FA_CONTAINER_VERBS) cues.push([verb, 'container']);
  for (const verb of EN_CONTAINER_VERBS) cues.push([verb, 'container']);
  for (const prep of ATTRIBUTION_PREPOSITIONS) cues.push([prep, 'preposition']);
  return cues;
}

/** Words that refer back to an earlier speaker: to a person, a body, or whoever spoke last. */
export const ANAPHORS: Readonly<Record<'person' | 'body' | 'any', readonly string[]>> = {
  person: [
    'وی', 'او', 'ایشان', 'نامبرده', 'این مقام', 'این مقام ارشد', 'این دیپلمات', 'این سخنگو', 'سخنگوی مذکور', 'این وزیر', 'وزیر مذکور',
    'he', 'she', 'the minister', 'the spokeswoman', 'the spokesman', 'the spokesperson', 'the diplomat', 'the official',
    'the president', 'the prime minister', 'the premier', 'the foreign minister', 'the defence minister',
    'his office', 'her office', 'his spokesman', 'his spokeswoman', 'her spokesman', 'her spokeswoman', 'his press secretary',
    'دفتر وی', 'دفتر او', 'سخنگوی وی', 'سخنگوی او',
  ],
  body: [
    'این وزارتخانه', 'وزارتخانه مذکور', 'وزارتخانه مزبور', 'این وزارت', 'این نهاد', 'نهاد مذکور', 'نهاد مزبور', 'این دفتر', 'این سرویس',
    'the ministry', 'the foreign ministry', 'the defence ministry', 'the office', 'the service', 'the press service', 'the department',
  ],
  any: ['سخنگوی این وزارتخانه', 'the ministry spokeswoman', 'the ministry spokesman', 'the ministry spokesperson', 'its spokeswoman', 'its spokesman'],
};

/** Documents a statement is issued in; with a container verb they refer to their issuer. */
export const CHANNELS = [
  'بیانیه', 'بیانیه ای', 'اطلاعیه', 'اطلاعیه ای', 'اعلامیه', 'پیام', 'نامه', 'متن', 'ادامه', 'بخش دیگری', 'توییت', 'پست', 'این گزارش',
  'the statement', 'a statement', 'the communique', 'the communiqué', 'the notice', 'the readout', 'a readout', 'the release',
  'the press release', 'the announcement', 'the message', 'the letter', 'the post', 'the document', 'the bulletin', 'its statement',
  'the joint statement', 'a joint statement',
];

/** Plural heads that make a following list of countries a joint speaker ("رهبران روسیه، آذربایجان و ارمنستان"). */
export const COLLECTIVES = [
  'رهبران', 'سران', 'وزرای خارجه', 'وزرای امور خارجه', 'وزیران خارجه', 'وزیران امور خارجه', 'وزرای دفاع', 'روسای جمهور',
  'the leaders of', 'leaders of', 'the foreign ministers of', 'foreign ministers of', 'the presidents of', 'the heads of state of',
  'the governments of', 'the defence ministers of',
];

/**
 * Words after which a noun phrase still stands in subject position (conjunctions, adverbs
 * of time, weekdays and months), so a metonym there can be a speaker ("متعاقبا مسکو اعلام کرد").
 */
export const LIGHT_WORDS = new Set([
  'و', 'همچنین', 'نیز', 'سپس', 'متعاقبا', 'اما', 'ولی', 'امروز', 'دیروز', 'روز', 'گذشته', 'اخیرا', 'پیشتر', 'قبلا', 'بعدا',
  'بامداد', 'شامگاه', 'صبح', 'عصر', 'ظهر', 'شب', 'که', 'چنانکه', 'همزمان', 'بلافاصله', 'دقایقی', 'ساعاتی', 'پس', 'نهایت', 'درعین',
  'حال', 'رسما', 'هم', 'تاکنون', 'بارها', 'مجددا', 'دوباره', 'هفته', 'ماه', 'امسال',
  'شنبه', 'یکشنبه', 'دوشنبه', 'سه شنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه',
  'ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'مى', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر',
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
  'and', 'but', 'then', 'also', 'meanwhile', 'later', 'earlier', 'today', 'yesterday', 'separately', 'however', 'subsequently',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'officially', 'since', 'while', 'whereas',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words that put the noun phrase after them out of subject position. */
export const PREPOSITIONS = new Set([
  'با', 'به', 'از', 'در', 'برای', 'علیه', 'توسط', 'میان', 'بین', 'نزد', 'همراه', 'درباره', 'دربارهی', 'بر', 'تا', 'سوی', 'جانب',
  'مقابل', 'برابر', 'خطاب', 'ضد', 'بدون', 'طرف',
  'with', 'to', 'from', 'in', 'at', 'against', 'by', 'for', 'about', 'of', 'into', 'toward', 'towards', 'between', 'among',
  'than', 'over', 'on', 'upon', 'via', 'like', 'urged', 'told', 'asked', 'met', 'accused', 'blamed', 'called', 'visited',
]);

/**
 * English title words written before a name ("President Ilham Aliyev", "Foreign Minister Jeyhun
 * Bayramov"): an attribution ("according to …") passes over them to the name the gazetteer lists.
 */
export const EN_TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'deputy', 'vice', 'first', 'spokesman', 'spokeswoman',
  'spokesperson', 'press', 'secretary', 'ambassador', 'envoy', 'special', 'representative', 'presidential', 'aide', 'adviser',
  'advisor', 'senior', 'mr', 'mrs', 'ms', 'dr',
]);

/** Words that, just before an English verb, make it not a statement (negation, future, infinitive, modal). */
export const EN_NON_ASSERTIVE = new Set([
  'not', "n't", 'never', 'will', 'would', 'to', 'could', 'should', 'may', 'might', 'must', 'cannot', 'shall', 'if', 'unless',
  "didn't", "hasn't", "haven't", "won't", "wouldn't", "doesn't", "don't", 'neither', 'nor', 'allegedly',
]);

/** Persian auxiliaries of the future: "خواهد گفت" is not (yet) a statement. */
export const FA_NON_ASSERTIVE = new Set(['خواهد', 'خواهند', 'نخواهد', 'باید', 'شاید', 'قرار', 'نمی', 'اگر', 'چنانچه']);
