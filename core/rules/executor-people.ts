/**
 * People written one after another without a separator: «И.И. Петрова А.С. Смирнов», «Петрова И.И.
 * Волкова Е.П.», «Директор И.И. Петрова Заместитель директора А.С. Смирнов». Initials mark each person.
 */

/** «И.И.», «И. И.», «И.»: an initial (one capital letter and a dot). */
const INITIAL = /^[А-ЯЁ]\.(?:[А-ЯЁ]\.?)?$/;
/** «И.И.Петрова», «Петрова И.И.» typed without spaces. */
const GLUED_PERSON = /^(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.?\s?[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+[А-ЯЁ]\.[А-ЯЁ]\.?)$/;
const CAPITALISED = /^[А-ЯЁ][а-яё-]+$/;

type Token = { readonly kind: 'initials' | 'person' | 'word'; readonly start: number; readonly end: number };

/** Words grouped so that «И.» «И.» is one initials token; start/end are word indices, end inclusive. */
function tokens(words: readonly string[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (INITIAL.test(w)) {
      const prev = out[out.length - 1];
      if (prev?.kind === 'initials' && prev.end === i - 1 && (words[i - 1] ?? '').length === 2) {
        out[out.length - 1] = { ...prev, end: i };
      } else out.push({ kind: 'initials', start: i, end: i });
    } else out.push({ kind: GLUED_PERSON.test(w) ? 'person' : 'word', start: i, end: i });
  }
  return out;
}

/**
 * Split words into one part per person when they name two people or more, else null. Initials
 * before the surname end a person at the surname; initials after it («Петрова И.И.») end it there.
 */
export function splitPeople(words: readonly string[]): string[] | null {
  // Most cells name no person at all: no capital letter followed by a dot.
  if (!words.some((w) => /[А-ЯЁ]\./.test(w))) return null;
  const toks = tokens(words);
  const last = toks[toks.length - 1];
  if (!last) return null;
  const surnameFirst = last.kind === 'initials';
  const ends: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind === 'person') ends.push(t.end);
    if (t.kind !== 'initials') continue;
    const near = surnameFirst ? toks[k - 1] : toks[k + 1];
    if (!near || near.kind !== 'word' || !CAPITALISED.test(words[near.start] ?? '')) return null;
    ends.push(surnameFirst ? t.end : near.end);
  }
  if (ends.length < 2) return null;
  const parts: string[] = [];
  let from = 0;
  ends.forEach((end, i) => {
    const to = i === ends.length - 1 ? words.length - 1 : end;
    parts.push(words.slice(from, to + 1).join(' '));
    from = to + 1;
  });
  return parts;
}
