/** Russian plural forms: 1 мероприятие, 2 мероприятия, 5 мероприятий, 21 мероприятие, 11 мероприятий. */
export type Forms = readonly [one: string, few: string, many: string];

export function pluralForm(n: number, forms: Forms): string {
  const abs = Math.abs(Math.trunc(n));
  const tens = abs % 100;
  const ones = abs % 10;
  if (tens >= 11 && tens <= 14) return forms[2];
  if (ones === 1) return forms[0];
  if (ones >= 2 && ones <= 4) return forms[1];
  return forms[2];
}

/** «14 мероприятий». */
export function count(n: number, forms: Forms): string {
  return `${n} ${pluralForm(n, forms)}`;
}

/** Share as a whole percent, «54 %» (with a no-break space as Russian typography wants). */
export function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part / whole) * 100)}\u00A0%`;
}
