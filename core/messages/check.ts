import { q } from './shared';

/** Russian messages: check. Part of the one catalog `ru` (see ru.ts). */
export const checkMessages = {
  report: {
    sheetName: 'Замечания',
    altSheetName: 'Замечания ОКО-план',
    columns: ['№', 'Важность', 'Правило', 'Ячейка', 'Что не так и что сделать', 'Исправление'],
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
