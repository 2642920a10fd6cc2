import type { ChecklistCounts } from '../checklists/checklist-counts';
import { count } from '../text/plural';
import { q, short, W } from './shared';

/** Russian messages: checklists. Part of the one catalog `ru` (see ru.ts). */
export const checklistsMessages = {
  checklists: {
    sheets: {
      registry: 'Школы',
      template: 'Чек-лист',
      summary: 'Свод чек-листов',
      journal: 'Журнал',
      schoolChecklist: 'Чек-лист',
    },
    registryColumns: ['Код ОО', 'Наименование', 'Ответственный', 'E-mail', 'Ссылка', 'Статус', 'Дата сдачи'],
    templateColumns: ['Код', 'Показатель', 'Тип ответа', 'Обязательный', 'Пояснение'],
    templateIdLabel: 'Шаблон чек-листа',
    templateIdHint:
      'Показатели можно править; версия шаблона меняется сама, и файлы, разосланные до правки, не примутся — разошлите их заново.',
    /** A template version as people see it: by its date, never by its hash. */
    version: {
      of: (day: string) => `версия от ${day}`,
      undated: 'версия без даты',
    },
    schoolColumns: ['Код', 'Показатель', 'Ответ', 'Комментарий / ссылка'],
    schoolTitle: (name: string) => `Чек-лист ОКО: ${name}`,
    /** The «Инструкция» sheet and the print header of a school's file. */
    instruction: {
      sheet: 'Инструкция',
      widths: [26, 84],
      school: 'Школа',
      what: 'Что это',
      whatText:
        'Чек-лист по обеспечению объективности процедур оценки качества образования (ВПР, ОГЭ, ЕГЭ, олимпиады). Заполните лист «Чек-лист» этого файла.',
      deadline: 'Срок сдачи',
      returnTo: 'Кому вернуть',
      howTo: 'Как заполнить',
      steps: [
        '1. На листе «Чек-лист» в столбце «Ответ» (ячейки выделены цветом) выберите ответ из списка или впишите число или дату (ДД.ММ.ГГГГ).',
        '2. В столбце «Комментарий / ссылка» укажите реквизиты документа или ссылку на него. Другие ячейки и строки не меняйте и не удаляйте.',
        '3. Сохраните файл под тем же именем (формат .xlsx) и отправьте его обратно по адресу, указанному выше.',
      ],
      noDeadline: 'указан в письме управления образования',
      noReturnTo: 'в управление образования (адрес — в письме, с которым пришёл файл)',
      printHeader: (name: string, deadline: string) => `Чек-лист ОКО: ${name}. Срок сдачи: ${deadline}`,
      returnLine: (executor: string, phone: string, organisation: string) =>
        `${executor}, тел. ${phone}${organisation ? ` (${organisation})` : ''}`,
    },
    answerTypes: { choice: 'да/нет/частично', number: 'число', date: 'дата', link: 'ссылка' },
    choices: { yes: 'Да', no: 'Нет', partial: 'Частично' },
    yesNo: { yes: 'да', no: 'нет' },
    status: {
      'not-opened': 'Не открыт',
      filling: 'Заполняется',
      submitted: 'Сдан',
      rework: 'На доработке',
      accepted: 'Принят',
    },
    meta: {
      template: 'Шаблон',
      version: 'Версия',
      date: 'Дата версии',
      school: 'Код ОО',
      name: 'Наименование',
      note: 'Служебный лист ОКО-план: не изменяйте его.',
    },
    validation: {
      title: 'Ответ',
      choice: {
        prompt: 'Выберите из списка: Да, Нет или Частично.',
        error: 'Выберите ответ из списка: Да, Нет или Частично.',
      },
      number: { prompt: 'Введите число (0 или больше).', error: 'Здесь нужно число: 0 или больше.' },
      date: { prompt: 'Введите дату, например 20.05.2025.', error: 'Здесь нужна дата, например 20.05.2025.' },
      link: { prompt: 'Вставьте ссылку, начинающуюся с https://', error: 'Ссылка слишком длинная.' },
    },
    summary: {
      columns: ['Код ОО', 'Наименование', 'Статус', 'Дата сдачи', 'Файл', 'Изменён'],
      totalsTitle: 'Итоги по показателям (среди школ, приславших ответы)',
      totalsColumns: ['Код', 'Показатель', 'Да / заполнено', 'Нет', 'Частично', 'Не заполнено', 'Доля «Да», %'],
      notSubmittedTitle: (n: number) => `Не представили чек-лист (кроме «Сдан» и «Принят»): ${n}`,
      notSubmittedColumns: ['Код ОО', 'Наименование', 'Статус'],
      allSubmitted: 'Все школы сдали чек-листы.',
      quarantineTitle: (n: number) =>
        `Файлы, не принятые в свод из-за ошибок (школе нужно исправить и прислать снова): ${n}`,
      quarantineColumns: ['Файл', 'Код ОО', 'Причина'],
      noQuarantine: 'Нет.',
      commentsTitle: 'Комментарии и ссылки школ',
      commentsColumns: ['Код ОО', 'Показатель', 'Ответ', 'Комментарий / ссылка'],
      /** The hidden sheet of exact moments (core/checklists/accepted-files.ts). */
      filesColumns: ['Код ОО', 'Файл', 'Изменён'],
    },
    journal: {
      columns: ['Когда', 'Кто', 'Действие', 'Файл', 'Код ОО', 'Итог', 'Подробности'],
      collect: 'Сбор чек-листов',
      prepare: 'Подготовка книги',
      merged: 'Включён в свод',
      superseded: 'Заменён более новым',
      quarantined: 'Не принят (ошибки в файле)',
      warning: 'Предупреждение',
      newerIs: (file: string) => `Новее: ${q(file)}.`,
      collectSummary: (message: string, version: string) => `${message} Чек-лист: ${version}.`,
    },
    skipped: {
      symlink: 'Это ссылка (ярлык) на файл, а не сам файл: не прочитан. Положите в папку копию файла школы.',
      folder: 'Это вложенная папка: файлы в ней не читаются. Переложите файлы школ прямо в папку сбора.',
      special: 'Это не обычный файл: не прочитан.',
      lockFile:
        'Служебный файл Excel (~$…), который появляется, пока книга открыта: не прочитан. Закройте книгу в Excel.',
      notXlsx: 'Файл не .xlsx: не прочитан. Попросите школу сохранить чек-лист как книгу Excel (.xlsx).',
    },
    reasons: {
      unreadable: (reason: string) =>
        `Файл не удалось прочитать как книгу .xlsx (${reason}). Попросите школу сохранить его заново как .xlsx.`,
      noMeta:
        'В файле нет служебного листа ОКО-план: это не файл из рассылки (или его пересоздали). Попросите школу заполнить присланный ей файл.',
      otherTemplate:
        'Файл от другого чек-листа (не из рассылки этой книги). Попросите школу заполнить файл из текущей рассылки.',
      noCode: 'В служебном листе файла не указан код школы. Разошлите школе файл заново.',
      unknownCode: (code: string) =>
        `Код школы ${q(code)} не найден на листе «Школы». Проверьте код или добавьте школу в реестр.`,
      otherVersion: (got: string, want: string) =>
        `Файл от прежней версии чек-листа${got === want ? '' : ` (${got}; действующая — ${want})`}: показатели с тех пор изменились. Разошлите школе новый файл.`,
      noSheet: 'В файле нет листа «Чек-лист».',
      headerChanged:
        'Изменена строка заголовков листа «Чек-лист» (нужно: Код | Показатель | Ответ | Комментарий / ссылка).',
      rowsRemoved: (ids: readonly string[]) =>
        `Удалены строки показателей: ${ids.join(', ')}. Попросите школу заполнить файл без удаления строк.`,
      rowsAdded: (rows: readonly number[]) =>
        `Добавлены строки, которых нет в чек-листе (строки ${rows.join(', ')}). Попросите школу убрать их.`,
      rowsReordered: 'Изменён порядок строк показателей. Попросите школу вернуть строки на место.',
      textChanged: (id: string) =>
        `Изменена формулировка показателя ${id}. Попросите школу заполнить файл без правки формулировок.`,
      badAnswers: (list: readonly string[], more: number) =>
        `Недопустимые ответы: ${list.join('; ')}${more > 0 ? ` и ещё ${more}` : ''}.`,
      notAllowed: (value: string, allowed: string) => `${q(short(value, 40))} — нужно: ${allowed}`,
      allowed: {
        choice: 'Да, Нет или Частично',
        number: 'число',
        date: 'дата (ДД.ММ.ГГГГ)',
        link: 'ссылка (https://…)',
      },
      errorCell: (error: string) => `в ячейке ошибка ${error}`,
    },
    problems: {
      noSheets: (missing: readonly string[]) =>
        `В книге нет ${missing.length > 1 ? 'листов' : 'листа'} ${missing.map(q).join(' и ')}. Добавьте их: oko checklists init КНИГА.xlsx (в Google Таблицах и Excel — «Чек-листы школ → Подготовить книгу»).`,
      noTemplateHeader: 'На листе «Чек-лист» не найдена строка заголовков: нужны хотя бы столбцы «Код» и «Показатель».',
      noRegistryHeader:
        'На листе «Школы» не найдена строка заголовков: нужны хотя бы столбцы «Код ОО» и «Наименование».',
      noSchools: 'На листе «Школы» нет ни одной школы: впишите коды и наименования школ под заголовком.',
      noIndicators: 'На листе «Чек-лист» нет ни одного показателя: впишите коды и формулировки под заголовком.',
      templateRow: (row: number, what: string) => `строка ${row}: ${what}`,
      missingId: 'не указан код показателя',
      missingText: (id: string) => `у показателя ${id} нет формулировки`,
      duplicateId: (id: string, first: number) => `код ${id} уже есть в строке ${first}`,
      unknownType: (text: string) => `неизвестный тип ответа ${q(text)} (есть: да/нет/частично, число, дата, ссылка)`,
      templateProblems: (list: readonly string[]) =>
        `Лист «Чек-лист» нужно поправить: ${list.slice(0, 5).join('; ')}${list.length > 5 ? ` и ещё ${list.length - 5}` : ''}.`,
      noSchoolName: (row: number, code: string) =>
        `Лист «Школы», строка ${row}: у кода ${q(short(code, 40))} нет наименования школы; строка пропущена.`,
      duplicateCode: (code: string, row: number, first: number) =>
        `Лист «Школы», строка ${row}: код ${q(code)} уже есть в строке ${first}; строка пропущена.`,
    },
    prepare: {
      exists: 'Листы «Школы» и «Чек-лист» уже есть в книге: ничего не изменено.',
      created: (names: readonly string[]) => `Добавлены листы: ${names.map(q).join(', ')}.`,
    },
    /** One name per count (core/checklists/checklist-counts.ts), the same in every sheet, text and panel. */
    counts: {
      sent: 'Направлено школам',
      opened: 'Открыли и начали заполнять',
      submitted: 'Сдали (все обязательные ответы)',
      accepted: 'в том числе приняты управлением',
      quarantined: 'Файл не принят (ошибки), ждём исправленный',
      notSubmitted: 'Не сдали',
    },
    collected: (files: number, changed: number, c: ChecklistCounts) =>
      `Прочитано ${count(files, W.file)} (новых или изменённых: ${changed}). Сдали ${c.submitted} из ${count(c.sent, W.schoolGen)}, в том числе приняты управлением — ${c.accepted}; не сдали — ${c.notSubmitted}, из них файл не принят (ошибки) — ${c.quarantined}, не открыли файл — ${c.sent - c.opened}.`,
    cli: {
      usage: [
        'Чек-листы школ:',
        '  oko checklists init КНИГА.xlsx',
        '      добавить в книгу листы «Школы» и «Чек-лист» (шаблон по умолчанию), если их нет;',
        '      существующие листы не меняются, прежняя книга сохраняется рядом как *.bak.xlsx',
        '  oko checklists make КНИГА.xlsx --out ПАПКА',
        '      сделать по файлу на каждую школу из листа «Школы»: ПАПКА/<код>.xlsx',
        '  oko checklists collect КНИГА.xlsx ПАПКА [--out ИТОГ.xlsx] [--json]',
        '      проверить и собрать файлы школ из папки; без --out книга не записывается (пробный прогон),',
        '      --out — записать книгу со сводом, статусами и журналом (можно указать саму книгу)',
        '  Код завершения: 0 — готово (файлы в карантине перечисляются, это не ошибка),',
        '  2 — книга или папка не читается, в книге нет листов «Школы» и «Чек-лист».',
      ].join('\n'),
      creator: 'ОКО-план',
      noSubcommand: 'Не указано действие: oko checklists init|make|collect …',
      unknownSubcommand: (name: string) => `Неизвестное действие ${q(name)}. Есть: init, make, collect.`,
      missingBook: 'Не указана книга: oko checklists … КНИГА.xlsx',
      missingOut: 'Не указана папка для файлов школ: oko checklists make КНИГА.xlsx --out ПАПКА',
      missingDir: 'Не указана папка с файлами школ: oko checklists collect КНИГА.xlsx ПАПКА',
      dirNotFound: (dir: string) => `Папка ${q(dir)} не найдена.`,
      outIsFile: (dir: string) => `${q(dir)} — это файл, а нужна папка для файлов школ.`,
      made: (n: number, dir: string) =>
        `Сделано файлов школ: ${n}, папка ${q(dir)}. Отправьте каждой школе её файл <код>.xlsx.`,
      nameClash: (code: string, file: string) =>
        `Школа ${q(code)} пропущена: имя файла ${q(file)} уже занято другой школой. Исправьте код на листе «Школы».`,
      template: (version: string, n: number) => `Чек-лист: ${version}, показателей: ${n}.`,
      quarantineHead: 'Не приняты в свод из-за ошибок в файле:',
      quarantineLine: (file: string, reason: string) => `  ${file}: ${reason}`,
      notSubmitted: (codes: readonly string[], shown = 40) =>
        `Не представили (${codes.length}): ${codes.slice(0, shown).join(', ')}${codes.length > shown ? ` и ещё ${codes.length - shown} (полный список — на листе «Свод чек-листов» и в --json)` : ''}`,
      allSubmitted: 'Все школы сдали чек-листы.',
      written: (file: string) => `Книга со сводом записана: ${file}`,
      dryRun:
        'Книга не изменена (пробный прогон). Чтобы записать свод, статусы и журнал, добавьте --out ИТОГ.xlsx (можно указать саму книгу).',
      initWritten: (file: string, backup: string | null) =>
        backup === null ? `Книга записана: ${file}` : `Книга записана: ${file} (прежняя версия сохранена: ${backup})`,
      initNext:
        'Заполните лист «Школы» (код, наименование, ответственный, e-mail) и проверьте показатели на листе «Чек-лист», затем: oko checklists make КНИГА.xlsx --out ПАПКА',
    },
  },
} as const;
