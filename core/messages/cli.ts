import { q, W } from './shared';
import { count } from '../text/plural';

/** Russian messages: cli. Part of the one catalog `ru` (see ru.ts). */
export const cliMessages = {
  cli: {
    usage: [
      'ОКО-план: проверка плана мероприятий в файле .xlsx.',
      '',
      'Использование:',
      '  oko check ФАЙЛ.xlsx [--sheet ЛИСТ] [--json] [--out КОПИЯ.xlsx]',
      '      проверить план; --sheet — конкретный лист (иначе лист с планом ищется сам),',
      '      --json — результат для программ, --out — размеченная копия книги',
      '      (исходный файл не изменяется)',
      '  oko status ФАЙЛ.xlsx [--today ГГГГ-ММ-ДД] [--sheet ЛИСТ] [--json] [--out КОПИЯ.xlsx]',
      '      статусы мероприятий на дату (по умолчанию — сегодня): просрочено, срок скоро, в срок;',
      '      --out — копия книги со столбцами «Статус», «Контрольный срок», «Отметка о выполнении», «Контроль»',
      '  oko summary КНИГА.xlsx [--today ГГГГ-ММ-ДД] [--out ИТОГ.xlsx] [--docx СПРАВКА.docx] [--json]',
      '      сводная справка: лист «Сводная справка» с диаграммой, справка Word (см. ниже)',
      '  oko clear КОПИЯ.xlsx --out ИТОГ.xlsx',
      '      снять отметки с размеченной копии (как «Снять отметки» в меню): заливка и примечания',
      '      ячеек возвращаются как были до проверки, лист «Замечания» удаляется',
      '  oko demo [--out ПАПКА]',
      '      вся работа на встроенных данных: проверка образцов планов, статусы, чек-листы 20 школ,',
      '      сводная справка (по умолчанию в ./oko-demo/)',
      '  oko --help',
      '      эта справка',
      '',
      'Код завершения: 0 — ошибок нет, 1 — есть ошибки, 2 — файл не читается или в нём нет плана.',
    ].join('\n'),
    unknownCommand: (cmd: string) =>
      `Неизвестная команда ${q(cmd)}. Есть команды: check, status, summary, clear, checklists, vpr, demo.`,
    clear: {
      missingFile: 'Не указан файл, с которого снять отметки: oko clear КОПИЯ.xlsx --out ИТОГ.xlsx',
      missingOut: 'Укажите, куда записать книгу без отметок: --out ИТОГ.xlsx (исходный файл не изменяется).',
      nothing: (file: string) =>
        `В книге ${q(file)} отметок нет: нет скрытого листа ${q('_oko_marks')}, где ОКО-план хранит прежнее оформление ячеек. Снимать нечего, файл не записан.`,
      sheet: (sheet: string, message: string) => `Лист ${q(sheet)}: ${message}`,
      written: (file: string) => `Книга без отметок записана: ${file}`,
    },
    status: {
      header: (sheet: string, day: string) => `Лист: ${q(sheet)}, статусы на ${day}`,
      written: (file: string) => `Копия со столбцами статусов записана: ${file}`,
    },
    badToday: (value: string) => `Дата ${q(value)} указана неверно: нужен вид ГГГГ-ММ-ДД, например 2025-05-20.`,
    noCommand: 'Не указана команда.',
    unknownOption: (opt: string) => `Неизвестный параметр ${q(opt)}.`,
    missingValue: (opt: string) => `После параметра ${q(opt)} нужно указать значение.`,
    missingFile: 'Не указан файл для проверки: oko check ФАЙЛ.xlsx',
    extraArgument: (arg: string) => `Лишний аргумент ${q(arg)}. Если в пути есть пробелы, возьмите его в кавычки.`,
    seeUsage: 'Справка: oko --help',
    fileNotFound: (file: string) => `Файл ${q(file)} не найден. Проверьте путь и имя файла.`,
    notAFile: (file: string) => `${q(file)} — это папка, а не файл. Укажите файл .xlsx.`,
    notRegularFile: (file: string) =>
      `${q(file)} — не обычный файл (канал или устройство), книгу из него не прочитать. Укажите файл .xlsx.`,
    encrypted: (file: string) =>
      `Файл ${q(file)} защищён паролем или сохранён в старом формате .xls. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)» без пароля.`,
    notXlsx: (file: string) =>
      `Файл ${q(file)} не является книгой Excel .xlsx. Откройте его в Excel или Google Таблицах и сохраните как .xlsx.`,
    unreadable: (file: string, reason: string) =>
      `Файл ${q(file)} не удалось прочитать как книгу .xlsx (${reason}). Откройте его в Excel и сохраните заново как .xlsx.`,
    noSheets: (file: string) => `В книге ${q(file)} нет листов.`,
    allSheetsEmpty: (file: string) => `В книге ${q(file)} все листы пусты: плана мероприятий нет.`,
    outSameAsInput:
      'Копия (--out) не может записываться в проверяемый файл: исходный файл не изменяется. Укажите другое имя.',
    writeFailed: (file: string, reason: string) =>
      `Не удалось записать файл ${q(file)} (${reason}). Возможно, он открыт в другой программе или нет доступа к папке.`,
    backupKept: (file: string) => `Прежняя версия файла сохранена рядом: ${file}`,
    /** Why a write failed, by the system's error code; other codes keep the system's own words. */
    ioReasons: {
      ENOSPC: 'на диске нет места',
      EFBIG: 'файл превысил допустимый системой размер',
      EDQUOT: 'исчерпана дисковая квота',
      EACCES: 'нет прав на запись',
      EPERM: 'нет прав на запись',
      EROFS: 'диск доступен только для чтения',
      EBUSY: 'файл занят другой программой',
      EISDIR: 'по этому пути находится папка',
      ENOTDIR: 'часть пути — не папка',
    } as Readonly<Record<string, string>>,
    unexpected: (reason: string) => `Не удалось обработать файл: ${reason}`,
    summary: {
      sheet: (sheet: string) => `Лист: ${q(sheet)}`,
      headerRow: (row: number) => `Строка заголовков: ${row}`,
      noHeaderRow: 'Строка заголовков: нет (столбцы определены по содержимому)',
      period: (from: string, to: string) => `Период плана: ${from} – ${to}`,
      noPeriod: 'Период плана: не определён',
      items: (n: number) => `Пунктов плана: ${n}`,
      issues: (total: number, errors: number, warnings: number, infos: number) =>
        `Замечаний всего: ${total} (ошибки: ${errors}, предупреждения: ${warnings}, замечания: ${infos})`,
      noIssues: 'Замечаний нет.',
      written: (file: string) => `Размеченная копия записана: ${file}`,
    },
    demo: {
      sheetName: 'План',
      start: (dir: string) => `ОКО-план: вся работа на встроенных данных; файлы пишутся в ${q(dir)}.`,
      samplesMissing: (dir: string) => `Не найдены встроенные образцы (ожидалась папка ${q(dir)}).`,
      step: (k: number, of: number, text: string) => `[${k}/${of}] ${text}`,
      steps: {
        check: (n: number) => `Проверяю образцы планов (${n})…`,
        statuses: (name: string, day: string) => `Веду статусы плана ${q(name)} на ${day}…`,
        prepare: (n: number) => `Готовлю книгу: лист «Школы» (${n}) и чек-лист…`,
        send: (n: number) => `Рассылаю чек-листы: ${count(n, W.file)}…`,
        fill: 'Школы заполняют чек-листы…',
        collect: 'Собираю чек-листы…',
        summary: 'Составляю сводную справку…',
      },
      plan: (name: string, items: number, errors: number, warnings: number, infos: number) =>
        `  ${name}: пунктов ${items}; ошибки: ${errors}, предупреждения: ${warnings}, замечания: ${infos}`,
      problem: (name: string, message: string) => `  ${name}: ${message}`,
      statuses: (message: string, done: number, inProgress: number) =>
        `  ${message} Выполнено: ${done}, в работе: ${inProgress}.`,
      noStatuses: (message: string) => `  Статусы не включены: ${message}`,
      template: (version: string, n: number) => `  Чек-лист: ${version}, показателей: ${n}.`,
      sent: (dir: string) => `  Файлы школ: ${dir}`,
      filled: (full: number, partial: number, faulty: number, late: number) =>
        `  Вернули файл: заполнен полностью — ${full}, частично — ${partial}, с ошибками — ${faulty}; не открыли файл — ${late}.`,
      formula: (code: string) =>
        `  Школа ${q(code)} вписала в комментарий формулу — в свод она попадёт ссылкой, не формулой.`,
      accepted: (codes: readonly string[]) =>
        `  Управление приняло чек-листы школ: ${codes.join(', ')}; повторный сбор сохранил статус «Принят».`,
      formulaKept: (code: string) =>
        `  Формула из файла школы ${q(code)} записана в «Свод чек-листов» ссылкой, не формулой.`,
      formulaLost: (code: string) => `  Внимание: ссылка из формулы школы ${q(code)} не найдена в своде.`,
      result: 'Результат:',
      written: (file: string, what: string) => `  ${file} — ${what}`,
      what: {
        plans: 'образцы планов и их размеченные копии (*.checked.xlsx)',
        book: 'книга: план со статусами, «Школы», «Чек-лист», «Свод чек-листов», «Журнал», «Сводная справка» с диаграммой',
        schools: 'файлы школ, как их вернули школы',
        docx: 'справка для руководителя (Word)',
      },
      summaryHead: 'Сводная справка, краткие выводы:',
      who: 'ОКО-план (демонстрация)',
      done: (dir: string) => `Готово. Откройте ${q(dir)}: book.xlsx и spravka.docx.`,
      someFailed: 'Не все образцы удалось проверить (см. выше).',
    },
  },
} as const;
