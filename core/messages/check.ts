import { q } from './shared';

/** Russian messages: check. Part of the one catalog `ru` (see ru.ts). */
export const checkMessages = {
  report: {
    sheetName: 'Замечания',
    altSheetName: 'Замечания ОКО-план',
    columns: ['№', 'Важность', 'Правило', 'Ячейка', 'Что не так и что сделать', 'Исправление'],
    /** A narrow last column: the rule's stable id, for support and scripts. */
    idColumn: 'Код',
    /** Rule names as an official reads them in «Замечания»; every rule must have one. */
    ruleNames: {
      'missing-activity': 'Нет мероприятия',
      'missing-deadline': 'Нет срока',
      'missing-responsible': 'Нет ответственного',
      'missing-result': 'Нет результата',
      'deadline-unparsed': 'Срок не распознан',
      'deadline-outside-period': 'Срок вне периода плана',
      'deadline-reversed': 'Конец срока раньше начала',
      'number-duplicate': 'Повтор номера',
      'number-gap': 'Пропуск в нумерации',
      'number-format': 'Номер записан не по образцу',
      'row-continuation': 'Продолжение пункта',
      'header-missing': 'Нет строки заголовков',
      'header-repeated': 'Повтор заголовка',
      'column-absent': 'Нет столбца',
      'duplicate-item': 'Повтор пункта',
      'duplicate-block': 'Повтор блока пунктов',
      'period-mismatch': 'Период не совпадает',
      'responsible-unseparated': 'Исполнители не разделены',
      'text-typo': 'Опечатка',
      'text-cleanup': 'Лишние знаки',
      'status-missing-evidence': 'Нет отметки о выполнении',
      'status-unknown': 'Статус не из списка',
      'control-date-invalid': 'Контрольный срок не дата',
    },
    noteHeader: 'ОКО-план',
  },
  marks: {
    restored: (n: number) => `Отметки сняты: восстановлено ячеек — ${n}.`,
    restoredPartly: (n: number, skipped: number) =>
      `Отметки сняты в ${n} ячейках. В ${skipped} ячейках строки изменились или удалены — их оформление не тронуто, проверьте их вручную.`,
    nothing: 'Отметок ОКО-план на этом листе нет.',
    lost: (n: number) =>
      `Старые отметки в ${n} ячейках не найдены (строки изменены) — проверьте их оформление вручную.`,
  },
  check: {
    found: (items: number, errors: number, warnings: number, infos: number) =>
      `Проверено мероприятий: ${items}. Ошибок: ${errors}, предупреждений: ${warnings}, замечаний: ${infos}.`,
    clean: (items: number) => `Проверено мероприятий: ${items}. Замечаний нет.`,
  },
  problems: {
    emptySheet: (sheet: string) => `Лист ${q(sheet)} пуст: в нём нет плана мероприятий.`,
    noPlan: (sheet: string) =>
      `На листе ${q(sheet)} не найдена таблица плана: нужны хотя бы столбцы с мероприятиями и номерами или сроками.`,
  },
} as const;
