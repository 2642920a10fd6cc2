/**
 * Subject, class and year of a results table, from the title line above it, the sheet name or
 * the file name («ВПР 2024 Математика 5 класс»), in that order; the class may also come from
 * the «Класс» column («5», «5А», «5 Б»).
 */

const SUBJECTS: readonly (readonly [RegExp, string])[] = [
  [/математ/, 'Математика'],
  [/русск/, 'Русский язык'],
  [/окружающ/, 'Окружающий мир'],
  [/истори/, 'История'],
  [/биолог/, 'Биология'],
  [/географ/, 'География'],
  [/обществозн/, 'Обществознание'],
  [/физик(?!о)/, 'Физика'],
  [/хими/, 'Химия'],
  [/английск/, 'Английский язык'],
  [/немецк/, 'Немецкий язык'],
  [/французск/, 'Французский язык'],
  [/иностранн/, 'Иностранный язык'],
  [/литератур/, 'Литература'],
  [/информатик/, 'Информатика'],
];

const clean = (s: string): string => s.replace(/[_+]/g, ' ').toLowerCase().replace(/ё/g, 'е');

export function subjectIn(text: string): string | null {
  const t = clean(text);
  return SUBJECTS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** «2023-2024 учебный год» is the ВПР of spring 2024; otherwise the first year named. */
export function yearIn(text: string): number | null {
  const t = clean(text);
  const span = /(20\d\d)\s*[-–/]\s*(20\d\d)/.exec(t);
  if (span) return Number(span[2]);
  const one = /(?:^|\D)(20\d\d)(?!\d)/.exec(t);
  return one ? Number(one[1]) : null;
}

const validGrade = (n: number): number | null => (n >= 1 && n <= 11 ? n : null);

export function gradeIn(text: string): number | null {
  const t = clean(text);
  const before = /(?:^|\D)(\d{1,2})\s*[-–]?\s*(?:й|го|х)?\s*(?:класс|кл(?![а-я]))/.exec(t);
  if (before) return validGrade(Number(before[1]));
  const after = /класс[а-я]*\s*[:№]?\s*(\d{1,2})(?!\d)/.exec(t);
  return after ? validGrade(Number(after[1])) : null;
}

/** The most frequent class number in «Класс» cells («5А» → 5), or null. */
export function gradeOfClasses(labels: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const l of labels) {
    const m = /^\s*(\d{1,2})/.exec(l);
    const g = m ? validGrade(Number(m[1])) : null;
    if (g !== null) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let best: number | null = null;
  let most = 0;
  for (const [g, n] of counts)
    if (n > most) {
      best = g;
      most = n;
    }
  return best;
}

export interface TitleFacts {
  readonly subject: string | null;
  readonly grade: number | null;
  readonly year: number | null;
}

/** Each fact from the first of `texts` that has it (title, then sheet name, then file name). */
export function titleFacts(texts: readonly string[]): TitleFacts {
  const first = <T>(f: (s: string) => T | null): T | null => {
    for (const t of texts) {
      const v = f(t);
      if (v !== null) return v;
    }
    return null;
  };
  return { subject: first(subjectIn), grade: first(gradeIn), year: first(yearIn) };
}
