import { count } from '../text/plural';
import { W } from './shared';
/** Russian messages: status. Part of the one catalog `ru` (see ru.ts). */
export const statusMessages = {
  status: {
    noHeader: 'У таблицы плана нет строки заголовков: добавьте её, чтобы ОКО-план мог добавить столбцы статусов.',
    notEnabled: 'Отслеживание ещё не включено: выберите «Статусы → Включить отслеживание».',
    added: (names: readonly string[]) => `Добавлены столбцы: ${names.map((n) => `«${n}»`).join(', ')}.`,
    summary: (items: number, overdue: number, soon: number, days: number) =>
      `Мероприятий: ${items}. Просрочено: ${overdue}. Срок в ближайшие ${count(days, W.day)}: ${soon}.`,
    columns: {
      status: 'Статус',
      'control-date': 'Контрольный срок',
      evidence: 'Отметка о выполнении',
      control: 'Контроль',
    },
    names: {
      'not-started': 'Не начато',
      'in-progress': 'В работе',
      done: 'Выполнено',
      postponed: 'Перенесено',
      cancelled: 'Отменено',
    },
    control: {
      done: 'Выполнено',
      cancelled: 'Отменено',
      noDate: 'Без срока',
      overdue: (days: number) => `Просрочено (${days} дн.)`,
      dueSoon: (days: number) => (days === 0 ? 'Срок сегодня' : `Срок через ${days} дн.`),
      /** How the labels above begin: the colour rules of «Контроль» match on these. */
      overduePrefix: 'Просрочено',
      dueSoonPrefix: 'Срок',
      onTime: 'В срок',
    },
  },
  reminders: {
    subject: (n: number) => `ОКО-план: мероприятий с подходящим или пропущенным сроком — ${n}`,
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    intro: (date: string) => `По плану мероприятий на ${date} за вами числятся:`,
    footer:
      'Отметьте выполнение в столбцах «Статус» и «Отметка о выполнении». Письмо отправлено ОКО-план автоматически.',
  },
} as const;
