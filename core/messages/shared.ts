/**
 * Shared pieces of the Russian catalog: column and severity names, quoting, shortening and word forms.
 */
import type { Role } from '../plan/plan';
import type { Severity } from '../check/issue';
import type { Forms } from '../text/plural';

export const ROLE_NAMES: Record<Role, string> = {
  number: '№',
  activity: 'Мероприятие',
  region: 'Региональный уровень',
  school: 'Уровень ОО',
  deadline: 'Сроки',
  responsible: 'Ответственные',
  result: 'Результат',
  form: 'Форма',
  status: 'Статус',
  'control-date': 'Контрольный срок',
  evidence: 'Отметка о выполнении',
  control: 'Контроль',
};

export const SEVERITY_NAMES: Record<Severity, string> = {
  error: 'Ошибка',
  warning: 'Предупреждение',
  info: 'Замечание',
};

export const q = (s: string): string => `«${s}»`;
export const short = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Russian word forms for `count()`: nominative / genitive / accusative as the phrase needs. */
export const W = {
  measure: ['мероприятие', 'мероприятия', 'мероприятий'],
  measureGen: ['мероприятия', 'мероприятий', 'мероприятий'],
  schoolAcc: ['школу', 'школы', 'школ'],
  schoolGen: ['школы', 'школ', 'школ'],
  schoolDat: ['школе', 'школам', 'школам'],
  day: ['день', 'дня', 'дней'],
  file: ['файл', 'файла', 'файлов'],
} as const satisfies Record<string, Forms>;
