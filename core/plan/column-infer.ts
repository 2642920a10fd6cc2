/** Column roles by content, for a plan pasted without its header row. */
import { parseDeadline } from '../deadline/deadline-parse';
import { NO_CONTEXT } from '../deadline/deadline';
import { parseNumber } from './numbering';
import type { Columns, Role } from './plan';

const EXECUTOR =
  /(специалист|руководител|управлени|заместител|начальник|директор|координатор|методист|учител|педагог|наблюдател|отдел|комитет|\bоо\b|\bоу\b|\bцро\b|\bимц\b|\bцоко\b|\bмау\b|\bмбу|\bмку|\bгбу|\bфгбу|рабочая группа|администраци|эксперт)/;
const RESULT =
  /(справк|протокол|\bакт|реестр|приказ|рекомендаци|информаци|отч[её]т|\bплан\b|база|перечень|положени|анализ|публикаци|отсутствие|решени|модель|утвержден)/;
const FORM =
  /(проверк|наблюдени|собеседовани|совещани|семинар|мониторинг|работа с|форма|данные|выезд|консультаци|анкетировани|привлечение)/;

interface Stats {
  col: number;
  filled: number;
  number: number;
  deadline: number;
  executor: number;
  result: number;
  form: number;
  length: number;
}

function ratio(hits: number, s: Stats): number {
  return s.filled === 0 ? 0 : hits / s.filled;
}

/** Infer roles from the texts of the table's rows (each row: cell texts by column). */
export function inferColumns(rows: readonly (readonly string[])[], width: number): Columns {
  const stats: Stats[] = [];
  for (let c = 1; c <= width; c++) {
    const s: Stats = { col: c, filled: 0, number: 0, deadline: 0, executor: 0, result: 0, form: 0, length: 0 };
    for (const row of rows) {
      const t = row[c - 1] ?? '';
      if (!t) continue;
      const low = t.toLowerCase();
      s.filled++;
      s.length += t.length;
      if (parseNumber(t)) s.number++;
      else {
        const d = parseDeadline(t, NO_CONTEXT);
        if (d && d.kind !== 'unparsed') s.deadline++;
      }
      if (EXECUTOR.test(low) && t.length < 160) s.executor++;
      if (RESULT.test(low)) s.result++;
      if (FORM.test(low)) s.form++;
    }
    stats.push(s);
  }
  const free = stats.filter((s) => s.filled > 0);
  const columns: Columns = {};
  const take = (role: Role, pick: (s: Stats) => number, min: number): void => {
    let best: Stats | null = null;
    for (const s of free) if (pick(s) >= min && (!best || pick(s) > pick(best))) best = s;
    if (best) {
      columns[role] = best.col;
      free.splice(free.indexOf(best), 1);
    }
  };
  take('number', (s) => ratio(s.number, s), 0.6);
  take('deadline', (s) => ratio(s.deadline, s), 0.4);
  take('responsible', (s) => ratio(s.executor, s), 0.4);
  take('activity', (s) => s.length / Math.max(1, s.filled) + s.filled, 1);
  const rest = free.filter((s) => s.filled >= Math.max(1, rows.length * 0.2));
  if (rest.length === 1 && rest[0]) columns.result = rest[0].col;
  else if (rest.length >= 2) {
    // The likelier result column wins; on a tie the later column is the result (it usually closes the row).
    const score = (s: Stats): number => ratio(s.result, s) - ratio(s.form, s);
    const sorted = [...rest].sort((a, b) => score(b) - score(a) || b.col - a.col);
    const [result, form] = sorted;
    if (result) columns.result = result.col;
    if (form) columns.form = form.col;
  }
  return columns;
}
