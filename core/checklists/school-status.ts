/**
 * A school's submission status:
 *   Не открыт — no file, or a file with no answer and no comment at all;
 *   Заполняется — some answers, but a required one is empty;
 *   Сдан — every required indicator answered;
 *   На доработке — the school's newest file was quarantined;
 *   Принят — set by the official in «Школы».
 * «Принят» and «На доработке» typed by the official are kept while the accepted file is the same
 * one as at the last collect; a new file from the school means its status is computed again.
 */
import { ru } from '../messages/ru';
import { isBlank } from './answer-normalize';
import { foldName } from './header-find';
import type { Submission } from './submission-read';
import type { Template } from './template';

export type SchoolStatus = 'not-opened' | 'filling' | 'submitted' | 'rework' | 'accepted';

export const SCHOOL_STATUSES: readonly SchoolStatus[] = ['not-opened', 'filling', 'submitted', 'rework', 'accepted'];

export function statusName(s: SchoolStatus): string {
  return ru.checklists.status[s];
}

/** The status a «Статус» cell names, or null for anything else (empty, «Разослано»…). */
export function parseStatus(text: string): SchoolStatus | null {
  const t = foldName(text);
  return SCHOOL_STATUSES.find((s) => foldName(statusName(s)) === t) ?? null;
}

/** What a submission's answers alone say. */
export function answersStatus(template: Template, s: Submission | null): 'not-opened' | 'filling' | 'submitted' {
  if (s === null) return 'not-opened';
  const touched = s.answers.some((a) => !isBlank(a)) || s.comments.some((c) => c !== '');
  if (!touched) return 'not-opened';
  const missing = template.indicators.some((ind, k) => ind.required && isBlank(s.answers[k] ?? null));
  return missing ? 'filling' : 'submitted';
}

export interface StatusFacts {
  /** What the answers of the accepted submission say. */
  readonly computed: 'not-opened' | 'filling' | 'submitted';
  /** The newest file of the school was quarantined. */
  readonly newestRejected: boolean;
  /** The status the «Статус» cell holds now. */
  readonly current: SchoolStatus | null;
  /** The accepted file is the same as at the last collect (or there is none, as before). */
  readonly sameFile: boolean;
}

export function decideStatus(f: StatusFacts): SchoolStatus {
  if (f.newestRejected) return 'rework';
  if ((f.current === 'accepted' || f.current === 'rework') && f.sameFile) return f.current;
  return f.computed;
}
