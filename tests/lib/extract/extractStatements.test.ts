import { describe, expect, it } from 'vitest';
import { extract, said } from './extractHelpers';

describe('extractStatements: Persian attribution patterns', () => {
  it('finds "X گفت که …" as indirect speech by X', () => {
    expect(said('نیکول پاشینیان روز دوشنبه گفت که ایروان آماده گفتگو است.')).toEqual(['1:yerevan:نیکول پاشینیان:indirect']);
  });
  it('finds "X اعلام کرد: …" as direct speech', () => {
    expect(said('وزارت امور خارجه روسیه اعلام کرد: مسکو با طرفین در تماس است.')).toEqual(['1:moscow:وزارت امور خارجه روسیه:direct']);
  });
  it('finds "به گفته X، «…»" with the speaker after the preposition', () => {
    expect(said('به گفته وزارت دفاع آذربایجان، «مواضع ما گلوله‌باران شد.»')).toEqual(['1:baku:وزارت دفاع آذربایجان:direct']);
  });
  it('finds the speaker of a verb with the content before it (SOV) and skips objects after prepositions', () => {
    expect(said('الهام علی‌اف در دیدار با سفیر روسیه بر لزوم اجرای کامل توافق تأکید کرد.')).toEqual(['1:baku:الهام علی‌اف:indirect']);
  });
  it('names a person by name when an appositive title follows', () => {
    expect(said('ماریا زاخارووا، سخنگوی وزارت امور خارجه روسیه، گفت که مسکو نگران است.')).toEqual(['1:moscow:ماریا زاخارووا:indirect']);
  });
  it('treats a quote that opens the sentence as direct speech by the speaker after it', () => {
    expect(said('«ما آماده‌ایم.» پاشینیان این را در جلسه دولت گفت.')).toEqual(['1:yerevan:پاشینیان:direct']);
  });
  it('resolves a container ("در این اطلاعیه آمده است") to the speaker before it', () => {
    const r = said('وزارت امور خارجه آذربایجان بیانیه‌ای صادر کرد و آن را محکوم کرد.\n\nدر این اطلاعیه آمده است: جاده باز است.');
    expect(r).toEqual(['1:baku:وزارت امور خارجه آذربایجان:indirect', '2:baku:وزارت امور خارجه آذربایجان:direct']);
  });
  it('takes a speaker named inside a container ("در بیانیه X آمده است")', () => {
    expect(said('در بیانیه وزارت امور خارجه ارمنستان آمده است که ایروان به مذاکره متعهد است.')).toEqual(['1:yerevan:وزارت امور خارجه ارمنستان:indirect']);
  });
  it('resolves continuations ("وی افزود", "این وزارتخانه افزود") across blocks', () => {
    const r = said('سرگئی لاوروف گفت که مذاکرات ادامه دارد.\n\nوی افزود: «ما میانجی هستیم.»\n\nوزارت دفاع روسیه اعلام کرد که آتش‌بس برقرار است.\n\nاین وزارتخانه افزود که هیچ نقضی ثبت نشده است.');
    expect(r).toEqual([
      '1:moscow:سرگئی لاوروف:indirect',
      '2:moscow:سرگئی لاوروف:direct',
      '3:moscow:وزارت دفاع روسیه:indirect',
      '4:moscow:وزارت دفاع روسیه:indirect',
    ]);
  });
  it('gives one statement per speaker per block and two for two speakers', () => {
    const r = said('میرزویان گفت که پیشرفت حاصل شده است. بایراموف نیز تأکید کرد که باکو خواهان صلح است. میرزویان افزود که کار ادامه دارد.', 'fa', '2023-05-02');
    expect(r).toEqual(['1:yerevan:میرزویان:indirect', '1:baku:بایراموف:indirect']);
  });
  it('carries several capitals for a joint statement', () => {
    const [s] = extract('رهبران روسیه، آذربایجان و ارمنستان در بیانیه‌ای مشترک اعلام کردند که گروه کاری تشکیل می‌شود.').statements;
    expect(s?.capitals).toEqual(['moscow', 'baku', 'yerevan']);
    expect(s?.speaker).toBe('رهبران روسیه، آذربایجان و ارمنستان');
  });
  it('counts a capital named as the subject of a verb of saying (metonymy)', () => {
    expect(said('متعاقبا مسکو اعلام کرد که با باکو در تماس است.')).toEqual(['1:moscow:مسکو:indirect']);
    expect(said('کرملین خواستار آتش‌بس فوری شد.')).toEqual(['1:moscow:کرملین:indirect']);
  });
  it("attributes Russia's Defence Ministry and peacekeepers to Moscow", () => {
    expect(said('فرماندهی نیروهای حافظ صلح روسیه اطلاع داد که آرامش برقرار است.')).toEqual(['1:moscow:فرماندهی نیروهای حافظ صلح روسیه:indirect']);
  });
  it('resolves an office title to the capital on the report date', () => {
    expect(said('وزیر امور خارجه ارمنستان گفت که مذاکرات ادامه دارد.', 'fa', '2020-10-05')).toEqual(['1:yerevan:وزیر امور خارجه ارمنستان:indirect']);
  });
});

describe('extractStatements: Persian spelling variants', () => {
  it.each([
    ['ZWNJ', 'زاخارووا اعلام می‌کند که مسکو آماده است.'],
    ['space', 'زاخارووا اعلام می کند که مسکو آماده است.'],
    ['nothing', 'زاخارووا اعلام میکند که مسکو آماده است.'],
    ['Arabic ي and ك', 'زاخاروا اعلام مي كند که مسکو آماده است.'],
    ['short spelling', 'زاخاروا اعلام می‌کند که مسکو آماده است.'],
    ['tatweel', 'زاخـــارووا اعلام می‌کند که مسکو آماده است.'],
  ])('matches a verb and name written with %s', (_label, text) => {
    expect(extract(text).statements.map((s) => s.capitals[0])).toEqual(['moscow']);
  });
  it.each(['الهام علی‌اف', 'الهام علی اف', 'الهام علیاف', 'الهام علیف'])('knows Aliyev spelled %s', (name) => {
    expect(extract(`${name} تأکید کرد که صلح نزدیک است.`).statements[0]?.speaker).toBe(name);
  });
  it('matches hamza and digit variants (تاکید/تأکید, ۲۰۲۳/٢٠٢٣/2023)', () => {
    for (const text of ['پاشینیان در ۲۰۲۳ تاکید کرد که صلح ممکن است.', 'پاشینیان در ٢٠٢٣ تأکید کرد که صلح ممکن است.', 'پاشینیان در 2023 تأکید کرد که صلح ممکن است.']) {
      expect(extract(text).statements).toHaveLength(1);
    }
  });
  it('shows the speaker as written in the text', () => {
    expect(extract('ماريا زاخاروا گفت که مسکو آماده است.').statements[0]?.speaker).toBe('ماریا زاخاروا');
  });
});

describe('extractStatements: Persian non-statements', () => {
  it.each([
    ['a news-source chain', 'به گزارش آران نیوز به نقل از اسپوتنیک، درگیری‌ها ادامه دارد.'],
    ['a news agency as subject', 'خبرگزاری تاس گزارش داد که ستون‌های نظامی حرکت کردند.'],
    ['a mere mention of capitals', 'بر اساس مفاد بیانیه سه جانبه (مسکو-باکو-ایروان) آتش‌بس برقرار شد.'],
    ['a capital as object', 'مسکو در خصوص این عملیات با باکو در تماس است.'],
    ['a negated verb', 'وزارت امور خارجه ارمنستان در این باره اظهار نظری نکرده و چیزی اعلام نکرد.'],
    ['a future verb', 'وزارت دفاع آذربایجان نتایج را اعلام خواهد کرد و پاشینیان نیز خواهد گفت.'],
    ['an impersonal passive', 'گفته می‌شود که مذاکرات هفته آینده برگزار می‌شود.'],
    ['declined to comment', 'دمیتری پسکوف از اظهار نظر در این باره خودداری کرد.'],
    ['Karabakh de facto authorities', 'مقامات خودخوانده قره‌باغ اعلام کردند که روستا هدف قرار گرفت.'],
    ['an unqualified Iranian MFA spokesperson', 'سخنگوی وزارت امور خارجه در نشست هفتگی گفت که تهران نگران است.'],
    ['Ankara', 'آنکارا اعلام کرد که از باکو حمایت می‌کند.'],
    ['the EU', 'جوزپ بورل گفت که اقدام نظامی باید متوقف شود.'],
    ['a parliament deputy', 'کنستانتین زاتولین، نماینده دومای روسیه، گفت که ایروان اشتباه کرده است.'],
    ['the opposition', 'اپوزیسیون ارمنستان خواستار استعفای دولت شد.'],
    ['OSCE co-chairs jointly', 'روسای مشترک گروه مینسک در بیانیه‌ای خشونت را محکوم کردند.'],
    ['experts', 'کارشناسان روس گفتند که این بحران طولانی است.'],
  ])('ignores %s', (_label, text) => {
    expect(extract(text).statements).toEqual([]);
  });
  it('ignores headings', () => {
    expect(extract('## باکو از آغاز عملیات خبر داد\n\nمتن خبر.').statements).toEqual([]);
  });
  it('treats a former official as no longer speaking for the capital', () => {
    expect(extract('زهراب مناتساکانیان گفت که دولت اشتباه کرده است.', 'fa', '2022-03-01').statements).toEqual([]);
  });
  it('lists a block with a verb of saying but no speaker as a candidate', () => {
    const r = extract('پاشینیان گفت که صلح ممکن است.\n\nمقامات قره‌باغ اعلام کردند که روستا هدف قرار گرفت.');
    expect(r.candidates).toEqual([2]);
  });
});

describe('extractStatements: English', () => {
  it('finds "X said that …" and "he added"', () => {
    expect(said('Nikol Pashinyan said that a deal was close.\n\nHe added that talks would continue.', 'en')).toEqual([
      '1:yerevan:Nikol Pashinyan:indirect',
      '2:yerevan:Nikol Pashinyan:indirect',
    ]);
  });
  it('finds "according to X" for officials and ignores it for news agencies', () => {
    expect(said('According to the Azerbaijani Foreign Ministry, the road is open.\n\nAccording to Reuters, talks resume.', 'en')).toEqual([
      '1:baku:Azerbaijani Foreign Ministry:indirect',
    ]);
  });
  it('passes over title words between "according to" and the name, not over other words', () => {
    const text = [
      'According to President Ilham Aliyev, the talks must continue.',
      'According to Foreign Minister Jeyhun Bayramov: “The road is open.”',
      'According to the Russian Deputy Foreign Minister Mikhail Galuzin, talks resume.',
      'According to reports from Baku, the border is quiet.',
    ].join('\n\n');
    expect(said(text, 'en', '2022-05-01')).toEqual(['1:baku:Ilham Aliyev:indirect', '2:baku:Jeyhun Bayramov:direct', '3:moscow:Mikhail Galuzin:indirect']);
  });
  it('attributes "X accused Y of …" to the subject X, never to the object Y', () => {
    expect(said('Foreign Ministry of Armenia accused Azerbaijan of violating the ceasefire.', 'en')).toEqual(['1:yerevan:Foreign Ministry of Armenia:indirect']);
    expect(said('وزارت امور خارجه ارمنستان، آذربایجان را به نقض آتش‌بس متهم کرد.')).toEqual(['1:yerevan:وزارت امور خارجه ارمنستان:indirect']);
  });
  it('resolves "the statement said" and "the ministry said" to the earlier speaker', () => {
    const r = said("Armenia's Defence Ministry said in a statement that a soldier was wounded.\n\nThe statement said: the shelling came from the east.\n\nThe ministry said it would respond.", 'en');
    expect(r.map((s) => s.split(':').slice(0, 3).join(':'))).toEqual([
      "1:yerevan:Armenia's Defence Ministry",
      "2:yerevan:Armenia's Defence Ministry",
      "3:yerevan:Armenia's Defence Ministry",
    ]);
  });
  it('finds a quote before an inverted "said X"', () => {
    expect(said('"We are in contact with both sides," said Dmitry Peskov, the Kremlin spokesman.', 'en')).toEqual(['1:moscow:Dmitry Peskov:direct']);
  });
  it.each([
    ['TASS reported that columns were moving.'],
    ['Moscow is in contact with Baku on the operation.'],
    ["Armenia's Foreign Ministry declined to comment."],
    ['The Kremlin will announce its decision on Friday.'],
    ['Baku has not said whether it will attend.'],
    ["Karabakh's de facto authorities said the city was shelled."],
    ['EU foreign policy chief Josep Borrell said the fighting must stop.'],
    ['Iranian Foreign Ministry spokesman Nasser Kanaani said Tehran was concerned.'],
    ['Talks between Baku and Yerevan resumed, Russian media said.'],
  ])('ignores "%s"', (text) => {
    expect(extract(text, 'en').statements).toEqual([]);
  });
  it('attributes a blockquote and list items under "X said:" to X, and nothing under an unattributed intro', () => {
    const r = said("Armenia's Foreign Ministry said:\n\n> Armenia remains committed to peace.\n\nThe ministry listed demands:\n\n- a withdrawal;\n- a return of prisoners.\n\nThe talks lasted three hours.\n\nCrowds gathered:\n\n- in the square.", 'en');
    expect(r.map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['1:yerevan', '2:yerevan', '3:yerevan', '4:yerevan', '5:yerevan']);
  });
});

describe('extractStatements: references back', () => {
  it('resolves "his office" to the person named earlier in the sentence', () => {
    expect(said('Pashinyan refused to sign the declaration in Yerevan, his office said.', 'en')).toEqual(['1:yerevan:Pashinyan:indirect']);
  });
  it('resolves "این مقام آذربایجانی" to the last Azerbaijani speaker, not to anyone else', () => {
    const r = said('حکمت حاجی‌اف گفت که نتایج مثبت بود.\n\nپسکوف گفت که مسکو حمایت می‌کند.\n\nاین مقام آذربایجانی افزود که کار ادامه دارد.');
    expect(r.at(-1)).toBe('3:baku:حکمت حاجی‌اف:indirect');
  });
  it('does not take a pronoun right after "said" for an inverted speaker', () => {
    expect(said('Pashinyan said peace was close.\n\nOlaf Scholz, who hosted the talks, said he welcomed the atmosphere.', 'en')).toEqual(['1:yerevan:Pashinyan:indirect']);
  });
  it('keeps a joint statement of two offices and resolves "the statement said" to it', () => {
    const r = extract('In a joint statement, the Office of the Prime Minister of Armenia and the Presidential Administration of Azerbaijan said prisoners would be exchanged.\n\nThe release will take place next week, the statement said.', 'en');
    expect(r.statements.map((s) => [s.block, s.capitals])).toEqual([[1, ['yerevan', 'baku']], [2, ['yerevan', 'baku']]]);
  });
});
