/**
 * Who answers for a measure: «Responsible» cells often name several executors at once
 * («ЦОКО ИМЦ, руководители ОО; методисты»). Each name counts once per measure.
 */
import { normText } from '../checklists/template';

/** Executors of one cell, split by commas, semicolons and line breaks, in the order written. */
export function splitResponsible(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    const name = normText(part).replace(/[.\s]+$/, '');
    const key = responsibleKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** The same executor written differently («ЦОКО ИМЦ», «цоко  имц») groups together. */
export function responsibleKey(name: string): string {
  return normText(name).toLocaleLowerCase('ru').replace(/ё/g, 'е');
}
