/**
 * Per-indicator totals over the schools whose answers are in the summary (a file with at least
 * one answer): how many said Да, Нет, Частично, how many left it empty, and the share of «Да».
 * For a number, date or link indicator «Да» counts the schools that gave an answer.
 */
import type { CellValue } from '../grid/grid';
import { choiceOf, isBlank } from './answer-normalize';
import type { AnswerType, Template } from './template';

export interface IndicatorTotal {
  readonly id: string;
  readonly text: string;
  readonly type: AnswerType;
  readonly yes: number;
  readonly no: number;
  readonly partial: number;
  readonly empty: number;
  /** Schools counted: those with answers in the summary. */
  readonly base: number;
  /** Share of «Да» in per cent, one decimal; null when no school is counted. */
  readonly yesPercent: number | null;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function indicatorTotals(template: Template, answerSets: readonly (readonly CellValue[])[]): IndicatorTotal[] {
  return template.indicators.map((ind, k) => {
    let yes = 0;
    let no = 0;
    let partial = 0;
    for (const answers of answerSets) {
      const v = answers[k] ?? null;
      if (isBlank(v)) continue;
      if (ind.type !== 'choice') {
        yes++;
        continue;
      }
      const c = choiceOf(v);
      if (c === 'yes') yes++;
      else if (c === 'no') no++;
      else if (c === 'partial') partial++;
    }
    const base = answerSets.length;
    const empty = base - yes - no - partial;
    return {
      id: ind.id,
      text: ind.text,
      type: ind.type,
      yes,
      no,
      partial,
      empty,
      base,
      yesPercent: base > 0 ? round1((yes * 100) / base) : null,
    };
  });
}
