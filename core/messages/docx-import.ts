import { q } from './shared';

/** Russian messages: «Импорт из Word». Part of the one catalog `ru` (see ru.ts). */
export const docxImportMessages = {
  docxImport: {
    menu: 'Импорт из Word…',
    button: 'Импорт из Word',
    planSheet: 'План из Word',
    tableSheet: (n: number) => `Таблица ${n} из Word`,
    oldFormat: (file: string) =>
      `Файл ${q(file)} — в старом формате Word (.doc) или RTF: откройте его в Word и сохраните как .docx («Файл → Сохранить как → Документ Word»), затем импортируйте .docx.`,
    encrypted: (file: string) =>
      `Файл ${q(file)} защищён паролем: откройте его в Word, снимите пароль («Файл → Сведения → Защита документа») и сохраните как .docx.`,
    notDocx: (file: string) =>
      `Файл ${q(file)} — не документ Word (.docx): выберите файл плана, сохранённый в Word как .docx.`,
    broken: (file: string, reason: string) =>
      `Документ ${q(file)} повреждён и не читается (${reason}): откройте его в Word и сохраните заново как .docx.`,
    noTable: (file: string) =>
      `В документе ${q(file)} нет ни одной таблицы: импорт переносит план мероприятий, оформленный в Word таблицей.`,
    tooManyRows: (file: string, rows: number, max: number) =>
      `В документе ${q(file)} слишком большая таблица: ${rows} строк (можно не больше ${max}). Разделите план на части и импортируйте их по одной.`,
    tooBig: (file: string, mb: number) =>
      `Документ ${q(file)} после распаковки занял бы больше ${mb} МБ — это не план мероприятий; импорт остановлен, ничего не записано.`,
    imported: (sheet: string, rows: number, merges: number, tables: number) =>
      `План из Word перенесён на лист ${q(sheet)}: строк — ${rows}, объединённых ячеек — ${merges}, таблиц в документе — ${tables}.`,
    written: (file: string) => `Книга записана: ${file}`,
    missingOut: 'Укажите, куда записать книгу с планом: --out ПЛАН.xlsx',
    usage: [
      '  oko import ПЛАН.docx --out ПЛАН.xlsx [--check]',
      '      импорт плана из Word: таблица с нумерацией, объединёнными ячейками и заголовком',
      '      переносится на лист книги; --check — сразу проверить план (размеченная копия рядом: ПЛАН.проверка.xlsx)',
    ].join('\n'),
    checked: (file: string) => `Размеченная копия с листом «Замечания» записана: ${file}`,
    otherSheets: (sheets: readonly string[]) =>
      `Другие таблицы документа — на ${sheets.length === 1 ? 'листе' : 'листах'} ${sheets.map(q).join(', ')}.`,
    importing: (file: string) => `Импортирую ${q(file)}: читаю документ, создаю лист, проверяю план…`,
    fileTooBig: (file: string, mb: number) =>
      `Файл ${q(file)} больше ${mb} МБ — это не план мероприятий; импорт остановлен, ничего не записано.`,
    unnamed: 'документ Word',
    kitFailed:
      'Не удалось загрузить модуль для чтения файлов Word (checklist-files.js). Закройте панель, откройте её снова и повторите.',
    legacy:
      'В Excel 2016 и 2019 (Internet Explorer 11) панель не может прочитать файл Word. Импортируйте план командой oko: «oko import План.docx --out План.xlsx --check» — и откройте получившуюся книгу.',
    badUpload: 'Файл не дошёл до таблицы целиком: выберите его ещё раз.',
    intro:
      'План из Word (.docx) станет новым листом этой книги: нумерация, объединённые ячейки и заголовок сохранятся, затем план будет проверен.',
    pickFile: 'Выберите файл плана в формате .docx',
    choose: 'Выбрать файл…',
    run: 'Импортировать',
    cancel: 'Отмена',
    close: 'Закрыть',
    reading: 'Читаю документ…',
    dialogTitle: 'Импорт плана из Word',
    noFile: 'Файл не выбран.',
    demoFiles: 'план в Word (автонумерация, объединённые ячейки) и он же, импортированный в книгу',
    demo: (same: boolean) =>
      same
        ? 'Импорт из Word: план из образца .docx (автонумерация, объединённые ячейки) проверен — результат совпадает с вставленным вручную.'
        : 'Импорт из Word: проверка импортированного плана РАСХОДИТСЯ с проверкой вставленного вручную.',
  },
} as const;
