import { q } from './shared';

const list = (sheets: readonly string[], max = 5): string => {
  const shown = sheets.slice(0, max).map(q).join(', ');
  return sheets.length > max ? `${shown} и ещё ${sheets.length - max}` : shown;
};

/** Russian messages: which sheet is the plan. Part of the one catalog `ru` (see ru.ts). */
export const planSheetMessages = {
  planSheet: {
    noSheets: 'В книге нет листов.',
    allEmpty: 'В книге все листы пусты: плана мероприятий нет.',
    noSuchSheet: (sheet: string, available: readonly string[]) =>
      `В книге нет листа ${q(sheet)}. Есть листы: ${available.map(q).join(', ')}.`,
    sheetMissing: (sheet: string) => `Лист ${q(sheet)} не найден в книге: возможно, его переименовали или удалили.`,
    noPlan: (sheets: readonly string[], by: 'option' | 'open') =>
      `Ни на одном листе книги (${list(sheets)}) не найдена таблица плана: нужны хотя бы столбцы с мероприятиями и номерами или сроками. ` +
      (by === 'option'
        ? 'Укажите лист с планом: --sheet ЛИСТ.'
        : 'Откройте лист с планом и выберите пункт меню ещё раз.'),
    onlyToolSheets: (sheets: readonly string[], by: 'option' | 'open') =>
      `В книге только листы, которые ведёт сам ОКО-план (${list(sheets)}): плана мероприятий среди них нет. ` +
      (by === 'option'
        ? 'Укажите лист с планом: --sheet ЛИСТ.'
        : 'Откройте лист с планом и выберите пункт меню ещё раз.'),
    ambiguous: (sheet: string, others: readonly string[], by: 'option' | 'open') =>
      `План взят с листа ${q(sheet)}; похожая таблица есть и на ${others.length === 1 ? 'листе' : 'листах'} ${list(others)}. ` +
      (by === 'option'
        ? 'Чтобы взять другой лист, укажите его: --sheet ЛИСТ.'
        : 'Чтобы взять другой лист, откройте его и выберите пункт меню ещё раз.'),
    takenInstead: (open: string, sheet: string) => `На открытом листе ${q(open)} плана нет: взят лист ${q(sheet)}.`,
  },
} as const;
