/**
 * The one Russian message catalog: every text a person sees comes from here.
 * Keys are English; values are plain strings or small functions of the facts they mention.
 */
import type { Role } from '../plan/plan';
import type { Severity } from '../check/issue';
import { count, type Forms } from '../text/plural';

export const ROLE_NAMES: Record<Role, string> = {
  number: '№',
  activity: 'Мероприятие',
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

const q = (s: string): string => `«${s}»`;
const short = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Russian word forms for `count()`: nominative / genitive / accusative as the phrase needs. */
const W = {
  measure: ['мероприятие', 'мероприятия', 'мероприятий'],
  measureGen: ['мероприятия', 'мероприятий', 'мероприятий'],
  schoolAcc: ['школу', 'школы', 'школ'],
  schoolGen: ['школы', 'школ', 'школ'],
  day: ['день', 'дня', 'дней'],
  file: ['файл', 'файла', 'файлов'],
} as const satisfies Record<string, Forms>;

export const ru = {
  rules: {
    missingActivity: 'Не указано мероприятие. Впишите, что нужно сделать, или удалите строку.',
    missingActivityLevel:
      'Не заполнен муниципальный уровень: мероприятие указано только для уровня ОО. Впишите мероприятие управления образования или поставьте «—», если его нет.',
    missingDeadline: 'Не указан срок. Впишите дату, месяц или период (например, «до 20.05.2025», «апрель 2025», «ежегодно, май»).',
    missingResponsible: 'Не указан ответственный. Впишите исполнителя (должность или организацию).',
    missingResult: 'Не указан ожидаемый результат. Впишите, чем подтверждается выполнение (справка, приказ, протокол…).',
    deadlineUnparsed: (text: string) =>
      `Срок ${q(short(text))} не распознан как дата или период. Запишите его, например, «до 20.05.2025», «апрель – май 2025» или «в течение учебного года».`,
    deadlineOutside: (text: string, from: string, to: string) =>
      `Срок ${q(short(text))} выходит за период плана (${from} – ${to}). Проверьте год или период плана.`,
    deadlineReversed: (text: string) =>
      `В сроке ${q(short(text))} дата окончания раньше даты начала. Поменяйте даты местами.`,
    numberDuplicate: (num: string, firstRow: number) =>
      `Номер ${q(num)} уже встречается в строке ${firstRow}. Перенумеруйте пункты.`,
    numberGap: (prev: string, num: string, expected: string) =>
      `После пункта ${q(prev)} идёт ${q(num)}: пропущен пункт ${q(expected)}. Проверьте нумерацию.`,
    numberFormat: (num: string, expected: string) =>
      `Номер ${q(num)} записан не так, как остальные пункты (${q(expected)}). Приведите нумерацию к одному виду.`,
    rowContinuation: (itemRow: number) =>
      `Строка — продолжение пункта из строки ${itemRow}, разорванного при переносе со страницы. Текст объединён с пунктом; объедините строки в таблице.`,
    headerMissing: (found: string) =>
      `В таблице нет строки заголовков. Столбцы определены по содержимому: ${found}. Добавьте строку заголовков над таблицей.`,
    headerRepeated: (row: number) =>
      `Строка повторяет заголовок таблицы из строки ${row} (перенос со страницы). Очистите или удалите её.`,
    duplicateItem: (firstRow: number) =>
      `Мероприятие повторяет пункт из строки ${firstRow}. Удалите повтор или уточните формулировку.`,
    duplicateBlock: (label: string, firstRow: number) =>
      `Блок ${q(label)} повторяет блок из строки ${firstRow} целиком. Удалите повтор или исправьте год.`,
    periodMismatch: (stated: string, plan: string) =>
      `Период ${q(stated)} не совпадает с периодом плана ${q(plan)}. Проверьте название плана и приказа.`,
    responsibleUnseparated: (parts: readonly string[]) =>
      `Исполнители записаны слитно: ${parts.map(q).join(' и ')}. Разделите их запятой.`,
    textTypo: (wrong: string, right: string) => `Опечатка: ${q(wrong)} → ${q(right)}.`,
    textCleanup: (what: string) => `Лишние символы в тексте: ${what}. Их можно убрать.`,
    statusUnknown: (text: string, names: readonly string[]) =>
      `Статус ${q(short(text))} не из списка (${names.join(', ')}). Выберите статус из списка, иначе мероприятие считается «Не начато».`,
    controlDateInvalid: (text: string) =>
      `В «Контрольном сроке» ${q(short(text))} — не дата. Впишите дату в виде ДД.ММ.ГГГГ.`,
    statusMissingEvidence: 'Мероприятие отмечено «Выполнено», но нет отметки о выполнении. Добавьте ссылку или реквизиты документа.',
  },
  cleanup: {
    bullet: 'маркер списка «•»',
    trailingComma: 'запятая в конце',
    doubleSpace: 'двойные пробелы',
    nbsp: 'неразрывные пробелы',
    edgeSpace: 'пробелы в начале или конце',
    hangingHyphen: 'дефис с пробелом после переноса',
  },
  fixes: {
    merge: 'Объединить с пунктом',
    clearRow: 'Очистить строку',
    renumber: (to: string) => `Исправить на ${q(to)}`,
    split: 'Разделить запятой',
    typo: 'Исправить опечатку',
    cleanup: 'Убрать лишние символы',
    gone: 'Это замечание уже исправлено или строка изменилась. Проверьте план ещё раз.',
    undoRefused: 'Отменить исправление нельзя: ячейки изменены после него. Верните значения вручную (Ctrl+Z).',
    applied: (label: string) => `Исправлено: ${label}.`,
    undone: (label: string) => `Отменено: ${label}.`,
  },
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
    lost: (n: number) => `Старые отметки в ${n} ячейках не найдены (строки изменены) — проверьте их оформление вручную.`,
  },
  check: {
    found: (items: number, errors: number, warnings: number, infos: number) =>
      `Проверено мероприятий: ${items}. Ошибок: ${errors}, предупреждений: ${warnings}, замечаний: ${infos}.`,
    clean: (items: number) => `Проверено мероприятий: ${items}. Замечаний нет.`,
  },
  panel: {
    title: 'ОКО-план',
    check: 'Проверить план',
    recheck: 'Проверить снова',
    clear: 'Снять отметки',
    working: 'Проверяю план…',
    clearing: 'Снимаю отметки…',
    fixing: 'Исправляю…',
    undo: (label: string) => `Отменить: ${label}`,
    groups: { error: 'Ошибки', warning: 'Предупреждения', info: 'Замечания' },
    empty: 'Нажмите «Проверить план», чтобы найти ошибки в плане на открытом листе.',
    period: (p: string) => `Период плана: ${p}`,
    failed: (why: string) => `Не удалось выполнить действие: ${why}`,
    goTo: (cell: string) => `Перейти к ячейке ${cell}`,
    tabs: { issues: 'Замечания', deadlines: 'Сроки', checklists: 'Чек-листы' },
    enableTracking: 'Включить отслеживание',
    refreshTracking: 'Обновить',
    enabling: 'Добавляю столбцы статусов…',
    refreshing: 'Пересчитываю сроки…',
    readingStatuses: 'Читаю статусы…',
    deadlinesEmpty: 'Нажмите «Включить отслеживание», чтобы добавить в план столбцы «Статус», «Контрольный срок», «Отметка о выполнении» и «Контроль».',
    myDeadlines: 'Мои сроки',
    responsible: 'Ответственный',
    everyone: 'все',
    nothingDue: 'Просроченных мероприятий и мероприятий с близким сроком нет.',
    dueCount: (n: number) => `Требуют внимания: ${n}`,
    noDate: 'без даты',
    newDate: 'Укажите новый срок',
    goToRow: (row: number) => `Перейти к строке ${row}`,
    checklists: {
      empty:
        '«Подготовить книгу» добавит листы «Школы» и «Чек-лист». Впишите школы (код, наименование, e-mail), нажмите «Разослать» и отправьте каждой школе её файл. Когда школы вернут файлы, выберите их и нажмите «Собрать».',
      prepare: 'Подготовить книгу',
      preparing: 'Готовлю книгу…',
      send: 'Разослать',
      planning: 'Читаю листы «Школы» и «Чек-лист»…',
      making: (done: number, total: number) => `Готовлю файлы школ: ${done} из ${total}…`,
      made: (n: number) =>
        `Готово файлов школ: ${n}. Архив со всеми файлами скачивается; каждый файл можно скачать и отдельно, чтобы приложить к письму школе.`,
      zipLink: (n: number) => `Все файлы одним архивом (.zip, файлов: ${n})`,
      filesHead: 'Файлы для школ',
      choose: 'Выбрать файлы школ…',
      chosen: (n: number) => `Выбрано файлов: ${n}`,
      noneChosen: 'Файлы не выбраны.',
      collect: 'Собрать',
      chooseFirst: 'Сначала выберите файлы .xlsx, которые вернули школы.',
      reading: (done: number, total: number) => `Читаю файлы школ: ${done} из ${total}…`,
      writing: 'Записываю «Свод чек-листов», статусы и «Журнал»…',
      submittedHead: (done: number, total: number) => `Сдали: ${done} из ${total}`,
      quarantineHead: (n: number) => `Карантин — не приняты в свод: ${n}`,
      notSubmittedHead: (n: number) => `Не представили: ${n}`,
      allSubmitted: 'Все школы сдали чек-листы.',
      openSummary: 'Открыть лист «Свод чек-листов»',
    },
  },
  status: {
    noHeader: 'У таблицы плана нет строки заголовков: добавьте её, чтобы ОКО-план мог добавить столбцы статусов.',
    notEnabled: 'Отслеживание ещё не включено: выберите «Статусы → Включить отслеживание».',
    added: (names: readonly string[]) => `Добавлены столбцы: ${names.map((n) => `«${n}»`).join(', ')}.`,
    summary: (items: number, overdue: number, soon: number) =>
      `Мероприятий: ${items}. Просрочено: ${overdue}. Срок в ближайшие дни: ${soon}.`,
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
    footer: 'Отметьте выполнение в столбцах «Статус» и «Отметка о выполнении». Письмо отправлено ОКО-план автоматически.',
  },
  problems: {
    emptySheet: (sheet: string) => `Лист ${q(sheet)} пуст: в нём нет плана мероприятий.`,
    noPlan: (sheet: string) =>
      `На листе ${q(sheet)} не найдена таблица плана: нужны хотя бы столбцы с мероприятиями и номерами или сроками.`,
  },
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
      '  oko demo [--out ПАПКА]',
      '      вся работа на встроенных данных: проверка образцов планов, статусы, чек-листы 20 школ,',
      '      сводная справка (по умолчанию в ./oko-demo/)',
      '  oko --help',
      '      эта справка',
      '',
      'Код завершения: 0 — ошибок нет, 1 — есть ошибки, 2 — файл не читается или в нём нет плана.',
    ].join('\n'),
    unknownCommand: (cmd: string) => `Неизвестная команда ${q(cmd)}. Есть команды: check, status, summary, checklists, demo.`,
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
    encrypted: (file: string) =>
      `Файл ${q(file)} защищён паролем или сохранён в старом формате .xls. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)» без пароля.`,
    notXlsx: (file: string) =>
      `Файл ${q(file)} не является книгой Excel .xlsx. Откройте его в Excel или Google Таблицах и сохраните как .xlsx.`,
    unreadable: (file: string, reason: string) =>
      `Файл ${q(file)} не удалось прочитать как книгу .xlsx (${reason}). Откройте его в Excel и сохраните заново как .xlsx.`,
    noSheets: (file: string) => `В книге ${q(file)} нет листов.`,
    allSheetsEmpty: (file: string) => `В книге ${q(file)} все листы пусты: плана мероприятий нет.`,
    noPlanInBook: (sheets: readonly string[]) =>
      `Ни на одном листе книги (${sheets.map(q).join(', ')}) не найдена таблица плана: нужны хотя бы столбцы с мероприятиями и номерами или сроками. Укажите лист с планом: --sheet ЛИСТ.`,
    sheetMissing: (sheet: string, available: readonly string[]) =>
      `В книге нет листа ${q(sheet)}. Есть листы: ${available.map(q).join(', ')}.`,
    outSameAsInput: 'Копия (--out) не может записываться в проверяемый файл: исходный файл не изменяется. Укажите другое имя.',
    writeFailed: (file: string, reason: string) =>
      `Не удалось записать файл ${q(file)} (${reason}). Возможно, он открыт в другой программе или нет доступа к папке.`,
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
      statuses: (message: string, done: number, inProgress: number) => `  ${message} Выполнено: ${done}, в работе: ${inProgress}.`,
      noStatuses: (message: string) => `  Статусы не включены: ${message}`,
      template: (id: string, n: number) => `  Шаблон ${q(id)}, показателей: ${n}.`,
      sent: (dir: string) => `  Файлы школ: ${dir}`,
      filled: (full: number, partial: number, faulty: number, late: number) =>
        `  Вернули файл: заполнен полностью — ${full}, частично — ${partial}, с ошибками — ${faulty}; не открыли файл — ${late}.`,
      formula: (code: string) => `  Школа ${q(code)} вписала в комментарий формулу — в свод она попадёт только как текст.`,
      accepted: (codes: readonly string[]) => `  Управление приняло чек-листы школ: ${codes.join(', ')}; повторный сбор сохранил статус «Принят».`,
      formulaKept: (code: string) => `  Формула из файла школы ${q(code)} записана в «Свод чек-листов» как текст, не как формула.`,
      formulaLost: (code: string) => `  Внимание: формула из файла школы ${q(code)} не найдена в своде как текст.`,
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
  excel: {
    ribbon: {
      tab: 'ОКО-план',
      group: 'Проверка плана',
      check: 'Проверить план',
      checkTip: 'Найти ошибки в плане на открытом листе, отметить их цветом и примечаниями и составить лист «Замечания».',
      clear: 'Снять отметки',
      clearTip: 'Вернуть ячейкам прежнюю заливку и примечания и удалить лист «Замечания».',
      pane: 'Открыть панель',
      paneTip: 'Показать панель ОКО-план: список замечаний, переход к ячейке, исправления и их отмена, «Мои сроки», чек-листы школ.',
      track: 'Статусы: включить',
      trackTip: 'Добавить в план столбцы «Статус» (список), «Контрольный срок», «Отметка о выполнении» и «Контроль» и рассчитать сроки. Повторное нажатие ничего не добавляет.',
      refresh: 'Статусы: обновить',
      refreshTip: 'Пересчитать «Контроль» на сегодня: просрочено, срок скоро, в срок. Введённые статусы и даты не меняются.',
      startTitle: 'ОКО-план готов к работе',
      startText: 'Откройте лист с планом мероприятий и нажмите «Проверить план» на вкладке «ОКО-план».',
    },
    addin: {
      name: 'ОКО-план',
      description: 'Проверка плана мероприятий по объективности процедур оценки качества образования: ошибки отмечаются в ячейках, отметки снимаются без следа.',
    },
    notesUnsupported:
      'Эта версия Excel не даёт надстройкам работать с примечаниями (так бывает в Excel 2019 и 2021): ячейки отмечены только цветом, а все замечания собраны на листе «Замечания».',
    validationUnsupported:
      'Эта версия Excel не даёт надстройкам создавать выпадающие списки: выбирайте статус вручную (Не начато, В работе, Выполнено, Перенесено, Отменено).',
    colorRulesUnsupported: 'Эта версия Excel не даёт надстройкам задавать условное форматирование: столбец «Контроль» не подсвечивается цветом.',
    validationAlert: {
      title: 'ОКО-план',
      warning: 'Этого значения нет в списке. Лучше выбрать из списка; своё значение сохранится, и ОКО-план отметит его при проверке.',
      stop: 'Выберите значение из списка.',
    },
    notExcel: 'Надстройка ОКО-план работает только в Excel.',
    checklists: {
      zipName: (day: string) => `Чек-листы школ ${day}.zip`,
      kitFailed:
        'Не удалось загрузить модуль для файлов .xlsx (checklist-files.js). Закройте панель, откройте её снова и повторите.',
    },
    loading: 'Загрузка ОКО-план…',
    close: 'Закрыть',
    commandFailed: (why: string) => `ОКО-план: не удалось выполнить команду. ${why}`,
    errors: {
      editMode: 'Excel сейчас в режиме правки ячейки. Нажмите Enter или Esc и повторите.',
      protected: 'Лист или книга защищены от изменений. Снимите защиту (Рецензирование → Снять защиту листа) и повторите.',
      tooLarge: 'Excel не принял слишком большой объём данных за один раз. Повторите; если ошибка останется, проверьте план через командную строку (oko check).',
      busy: 'Excel занят или соединение прервалось. Подождите немного и повторите.',
      other: (code: string, message: string) => `Excel сообщил об ошибке (${code}): ${message}`,
    },
  },
  gas: {
    menu: {
      title: 'ОКО-план',
      check: 'Проверить план',
      clear: 'Снять отметки',
      panel: 'Открыть панель',
      statuses: 'Статусы',
      enableTracking: 'Включить отслеживание',
      refreshTracking: 'Обновить',
      remindersOn: 'Напоминания: включить',
      remindersOff: 'Напоминания: отключить',
      checklists: 'Чек-листы школ',
      checklistsPrepare: 'Подготовить книгу',
      checklistsSend: 'Разослать',
      checklistsContinue: 'Продолжить рассылку',
      checklistsCollect: 'Собрать',
    },
    title: 'ОКО-план',
    checking: 'Проверяю план…',
    clearing: 'Снимаю отметки…',
    stopped: 'Действие не выполнено.',
    toolSheet: (sheet: string) =>
      `Лист ${q(sheet)} ведёт сам ОКО-план. Откройте лист с планом мероприятий и выберите пункт меню ещё раз.`,
    sheetMissing: (sheet: string) =>
      `Лист ${q(sheet)} не найден: возможно, его переименовали или удалили. Откройте лист с планом и проверьте его ещё раз.`,
    protectedCells: (sheet: string, range: string) =>
      `Ячейки ${range} на листе ${q(sheet)} защищены, и у вас нет права их менять. Ничего не изменено. Попросите владельца таблицы снять защиту или дать вам доступ к этим ячейкам.`,
    badUndo: 'Не удалось отменить исправление: данные для отмены повреждены. Верните значения вручную (Ctrl+Z).',
    failed: (reason: string) => `Не удалось выполнить действие: ${reason}. Повторите попытку через минуту.`,
    status: {
      enabling: 'Включаю отслеживание статусов…',
      refreshing: 'Обновляю статусы…',
      postponed: (rows: readonly { row: number; number: string | null }[]) => {
        const shown = rows.slice(0, 10).map((r) => (r.number ? `строка ${r.row} (п. ${r.number})` : `строка ${r.row}`));
        const more = rows.length > shown.length ? ` и ещё ${rows.length - shown.length}` : '';
        return `Мероприятия со статусом «Перенесено» ждут новой даты: ${shown.join(', ')}${more}. Впишите новую дату в столбец «Контрольный срок» (например, 20.05.2025) и выберите «Статусы → Обновить». Пока новой даты нет, контроль ведётся по прежнему сроку.`;
      },
    },
    reminders: {
      contactsHeader: ['ФИО / должность', 'E-mail'] as readonly string[],
      checking: 'Включаю напоминания…',
      enabled: 'Напоминания включены.',
      on: (sheet: string, people: number) =>
        `Напоминания включены: каждое утро около 8:00 — письма ответственным (адресов: ${people}) о просроченных мероприятиях листа ${q(sheet)} и о сроках в ближайшие 14 дней, не больше одного письма в день.`,
      contactsCreated: (sheet: string) =>
        `Напоминания включены для листа ${q(sheet)}. Добавлен лист «Ответственные»: впишите в столбец «ФИО / должность» ответственного так, как он назван в плане (например, «ИМЦ» или «Иванова И. И.»), а в столбец «E-mail» — его адрес. Письма уходят каждое утро около 8:00.`,
      noContacts: (sheet: string) =>
        `Напоминания включены для листа ${q(sheet)}, но писать пока некому: на листе «Ответственные» нет ни одной строки с именем и адресом. Нужны столбцы «ФИО / должность» (как ответственный назван в плане) и «E-mail».`,
      off: (count: number) => (count > 0 ? 'Напоминания отключены: письма больше не отправляются.' : 'Напоминания не были включены: отключать нечего.'),
      noPlanSheet: 'Напоминания: не запомнен лист плана. Откройте лист с планом и выберите «Статусы → Напоминания: включить» ещё раз.',
      notSent: (reason: string) => `Напоминания не отправлены: ${reason}`,
      mailFailed: (to: string, reason: string) => `Напоминание для ${to} не отправлено: ${reason}`,
      deferred: (n: number) => `Дневной лимит писем исчерпан; не отправлено напоминаний: ${n}. Они уйдут при следующем запуске.`,
    },
    checklists: {
      preparing: 'Готовлю книгу…',
      prepareNext:
        'Заполните лист «Школы» (код, наименование, ответственный, e-mail) и проверьте показатели на листе «Чек-лист», затем выберите «Чек-листы школ → Разослать».',
      sending: 'Делаю файлы школ и открываю к ним доступ…',
      sentStatus: 'Разослано',
      folderName: (book: string) => `ОКО-план — ${book} — чек-листы`,
      fileTitle: (code: string, title: string) => `${code} — ${title}`,
      protection: 'ОКО-план: школа заполняет только столбцы «Ответ» и «Комментарий / ссылка».',
      metaProtection: 'ОКО-план: служебный лист, не изменяйте его.',
      paused: (done: number, total: number) => `Разослано ${done} из ${total}. Выберите «Продолжить рассылку».`,
      sent: (made: number, done: number, total: number, folder: string) =>
        `Сделано файлов: ${made}; файлы есть у ${done} из ${total} школ. Папка на Google Диске: ${q(folder)}; ссылки — в столбце «Ссылка» листа «Школы».`,
      tellSchools: 'Google не отправлял школам писем: сообщите каждой школе её ссылку сами.',
      nothingToSend: (done: number, total: number) =>
        `Новых файлов не нужно: файлы текущей версии чек-листа уже есть у ${done} из ${total} школ. Чтобы сделать школе новый файл, очистите её ячейку «Ссылка» и выберите «Разослать».`,
      alreadyDone: 'Рассылка уже завершена: продолжать нечего. Чтобы сделать файлы для новых школ, выберите «Разослать».',
      busy: 'Рассылку или сбор чек-листов сейчас выполняет другой запуск (возможно, другой пользователь). Подождите минуту и повторите.',
      noEmail: (codes: readonly string[]) =>
        `Нет адреса e-mail у школ: ${codes.join(', ')}. Файлы для них не сделаны: впишите адреса на листе «Школы» и выберите «Разослать» ещё раз.`,
      invited: (codes: readonly string[]) =>
        `Адреса школ ${codes.join(', ')} не связаны с аккаунтом Google, и открыть им доступ без письма нельзя: Google отправил этим школам приглашение со ссылкой на файл.`,
      googleNotifies:
        'В проекте Apps Script не включена служба Drive API, поэтому доступ открыт обычным способом, и Google отправил каждой школе своё письмо о доступе. Чтобы открывать доступ без писем, включите в редакторе Apps Script «Службы» → Drive API (v3).',
      failed: (list: readonly string[]) =>
        `Не удалось сделать файл для школ: ${list.join('; ')}. Выберите «Разослать» ещё раз — файлы сделаются только для них.`,
      failedSchool: (code: string, reason: string) => `${code} (${reason})`,
      collecting: 'Читаю файлы школ…',
      noLinks: 'Ни у одной школы на листе «Школы» нет ссылки на файл. Сначала выберите «Чек-листы школ → Разослать».',
      readPaused: (done: number, total: number) =>
        `Прочитано файлов школ: ${done} из ${total}. Выберите «Собрать» ещё раз — чтение продолжится с этого места.`,
      badLink: 'В ячейке «Ссылка» нет ссылки на Google Таблицу. Вставьте ссылку на файл школы или очистите ячейку и выберите «Разослать».',
      trashed: 'Файл школы лежит в корзине Google Диска. Восстановите его из корзины и выберите «Собрать» ещё раз.',
      notOpened: (reason: string) =>
        `Файл школы не открывается: его удалили или у вас нет к нему доступа (${reason}). Очистите ячейку «Ссылка» этой школы и выберите «Разослать», чтобы сделать новый файл.`,
    },
  },
  checklists: {
    sheets: { registry: 'Школы', template: 'Чек-лист', summary: 'Свод чек-листов', journal: 'Журнал', schoolChecklist: 'Чек-лист' },
    registryColumns: ['Код ОО', 'Наименование', 'Ответственный', 'E-mail', 'Ссылка', 'Статус', 'Дата сдачи'],
    templateColumns: ['Код', 'Показатель', 'Тип ответа', 'Обязательный', 'Пояснение'],
    templateIdLabel: 'Шаблон чек-листа',
    templateIdHint:
      'Не меняйте идентификатор шаблона: по нему ОКО-план узнаёт файлы школ. Показатели можно править; версия шаблона меняется сама, и файлы, разосланные до правки, не примутся — разошлите их заново.',
    schoolColumns: ['Код', 'Показатель', 'Ответ', 'Комментарий / ссылка'],
    schoolTitle: (name: string) => `Чек-лист ОКО: ${name}`,
    answerTypes: { choice: 'да/нет/частично', number: 'число', date: 'дата', link: 'ссылка' },
    choices: { yes: 'Да', no: 'Нет', partial: 'Частично' },
    yesNo: { yes: 'да', no: 'нет' },
    status: { 'not-opened': 'Не открыт', filling: 'Заполняется', submitted: 'Сдан', rework: 'На доработке', accepted: 'Принят' },
    meta: { template: 'Шаблон', version: 'Версия', school: 'Код ОО', name: 'Наименование', note: 'Служебный лист ОКО-план: не изменяйте его.' },
    validation: {
      title: 'Ответ',
      choice: { prompt: 'Выберите из списка: Да, Нет или Частично.', error: 'Выберите ответ из списка: Да, Нет или Частично.' },
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
      quarantineTitle: (n: number) => `Карантин — файлы не приняты в свод: ${n}`,
      quarantineColumns: ['Файл', 'Код ОО', 'Причина'],
      noQuarantine: 'Нет.',
      commentsTitle: 'Комментарии и ссылки школ',
      commentsColumns: ['Код ОО', 'Показатель', 'Ответ', 'Комментарий / ссылка'],
    },
    journal: {
      columns: ['Когда', 'Кто', 'Действие', 'Файл', 'Код ОО', 'Итог', 'Подробности'],
      collect: 'Сбор чек-листов',
      prepare: 'Подготовка книги',
      merged: 'Включён в свод',
      superseded: 'Заменён более новым',
      quarantined: 'Карантин',
      warning: 'Предупреждение',
      newerIs: (file: string) => `Новее: ${q(file)}.`,
      collectSummary: (message: string, id: string, version: string) => `${message} Шаблон ${q(id)}, версия ${version}.`,
    },
    reasons: {
      unreadable: (reason: string) => `Файл не удалось прочитать как книгу .xlsx (${reason}). Попросите школу сохранить его заново как .xlsx.`,
      noMeta: 'В файле нет служебного листа ОКО-план: это не файл из рассылки (или его пересоздали). Попросите школу заполнить присланный ей файл.',
      otherTemplate: (got: string, want: string) =>
        `Файл от другого чек-листа (шаблон ${q(got || '—')}, в книге ${q(want)}). Попросите школу заполнить файл из текущей рассылки.`,
      noCode: 'В служебном листе файла не указан код школы. Разошлите школе файл заново.',
      unknownCode: (code: string) => `Код школы ${q(code)} не найден на листе «Школы». Проверьте код или добавьте школу в реестр.`,
      otherVersion: (got: string, want: string) =>
        `Файл от прежней версии чек-листа (версия ${q(got || '—')}, действующая ${q(want)}): показатели с тех пор изменились. Разошлите школе новый файл.`,
      noSheet: 'В файле нет листа «Чек-лист».',
      headerChanged: 'Изменена строка заголовков листа «Чек-лист» (нужно: Код | Показатель | Ответ | Комментарий / ссылка).',
      rowsRemoved: (ids: readonly string[]) => `Удалены строки показателей: ${ids.join(', ')}. Попросите школу заполнить файл без удаления строк.`,
      rowsAdded: (rows: readonly number[]) => `Добавлены строки, которых нет в чек-листе (строки ${rows.join(', ')}). Попросите школу убрать их.`,
      rowsReordered: 'Изменён порядок строк показателей. Попросите школу вернуть строки на место.',
      textChanged: (id: string) => `Изменена формулировка показателя ${id}. Попросите школу заполнить файл без правки формулировок.`,
      badAnswers: (list: readonly string[], more: number) => `Недопустимые ответы: ${list.join('; ')}${more > 0 ? ` и ещё ${more}` : ''}.`,
      notAllowed: (value: string, allowed: string) => `${q(short(value, 40))} — нужно: ${allowed}`,
      allowed: { choice: 'Да, Нет или Частично', number: 'число', date: 'дата (ДД.ММ.ГГГГ)', link: 'ссылка (https://…)' },
      errorCell: (error: string) => `в ячейке ошибка ${error}`,
    },
    problems: {
      noSheets: (missing: readonly string[]) =>
        `В книге нет ${missing.length > 1 ? 'листов' : 'листа'} ${missing.map(q).join(' и ')}. Добавьте их: oko checklists init КНИГА.xlsx (в Google Таблицах и Excel — «Чек-листы школ → Подготовить книгу»).`,
      noTemplateHeader: 'На листе «Чек-лист» не найдена строка заголовков: нужны хотя бы столбцы «Код» и «Показатель».',
      noRegistryHeader: 'На листе «Школы» не найдена строка заголовков: нужны хотя бы столбцы «Код ОО» и «Наименование».',
      noSchools: 'На листе «Школы» нет ни одной школы: впишите коды и наименования школ под заголовком.',
      noIndicators: 'На листе «Чек-лист» нет ни одного показателя: впишите коды и формулировки под заголовком.',
      templateRow: (row: number, what: string) => `строка ${row}: ${what}`,
      missingId: 'не указан код показателя',
      missingText: (id: string) => `у показателя ${id} нет формулировки`,
      duplicateId: (id: string, first: number) => `код ${id} уже есть в строке ${first}`,
      unknownType: (text: string) => `неизвестный тип ответа ${q(text)} (есть: да/нет/частично, число, дата, ссылка)`,
      templateProblems: (list: readonly string[]) => `Лист «Чек-лист» нужно поправить: ${list.slice(0, 5).join('; ')}${list.length > 5 ? ` и ещё ${list.length - 5}` : ''}.`,
      noSchoolName: (row: number, code: string) => `Лист «Школы», строка ${row}: у кода ${q(short(code, 40))} нет наименования школы; строка пропущена.`,
      duplicateCode: (code: string, row: number, first: number) => `Лист «Школы», строка ${row}: код ${q(code)} уже есть в строке ${first}; строка пропущена.`,
    },
    prepare: {
      exists: 'Листы «Школы» и «Чек-лист» уже есть в книге: ничего не изменено.',
      created: (names: readonly string[]) => `Добавлены листы: ${names.map(q).join(', ')}.`,
    },
    collected: (files: number, merged: number, changed: number, quarantined: number, done: number, total: number) =>
      `Прочитано файлов: ${files}; в своде ответы ${merged} школ (новых или изменённых: ${changed}); в карантине: ${quarantined}. Сдали: ${done} из ${total}.`,
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
      made: (n: number, dir: string) => `Сделано файлов школ: ${n}, папка ${q(dir)}. Отправьте каждой школе её файл <код>.xlsx.`,
      nameClash: (code: string, file: string) => `Школа ${q(code)} пропущена: имя файла ${q(file)} уже занято другой школой. Исправьте код на листе «Школы».`,
      template: (id: string, version: string, n: number) => `Шаблон ${q(id)}, версия ${version}, показателей: ${n}.`,
      quarantineHead: 'В карантине (не приняты в свод):',
      quarantineLine: (file: string, reason: string) => `  ${file}: ${reason}`,
      notSubmitted: (codes: readonly string[], shown = 40) =>
        `Не представили (${codes.length}): ${codes.slice(0, shown).join(', ')}${codes.length > shown ? ` и ещё ${codes.length - shown} (полный список — на листе «Свод чек-листов» и в --json)` : ''}`,
      allSubmitted: 'Все школы сдали чек-листы.',
      written: (file: string) => `Книга со сводом записана: ${file}`,
      dryRun: 'Книга не изменена (пробный прогон). Чтобы записать свод, статусы и журнал, добавьте --out ИТОГ.xlsx (можно указать саму книгу).',
      initWritten: (file: string, backup: string | null) =>
        backup === null ? `Книга записана: ${file}` : `Книга записана: ${file} (прежняя версия сохранена: ${backup})`,
      initNext: 'Заполните лист «Школы» (код, наименование, ответственный, e-mail) и проверьте показатели на листе «Чек-лист», затем: oko checklists make КНИГА.xlsx --out ПАПКА',
    },
  },
  summary: {
    sheetName: 'Сводная справка',
    altSheetName: 'Сводная справка ОКО-план',
    title: 'Сводная справка о ходе выполнения плана мероприятий',
    docTitle: 'Справка о ходе выполнения плана мероприятий',
    untitled: (sheet: string) => `План мероприятий (лист ${q(sheet)})`,
    period: (from: string, to: string) => `Период плана: ${from} – ${to}`,
    noPeriod: 'Период плана не определён',
    asOf: (day: string) => `По состоянию на ${day}`,
    textTitle: 'Краткие выводы',
    headings: {
      status: '1. Выполнение мероприятий по статусам',
      control: '2. Контроль сроков',
      sections: '3. Выполнение по разделам плана',
      responsible: '4. Нагрузка по ответственным',
      overdue: '5. Просроченные мероприятия',
      upcoming: (days: number) => `6. Мероприятия со сроком в ближайшие ${count(days, W.day)}`,
      checklists: '7. Чек-листы школ',
      notSubmitted: 'Не представили чек-лист',
      indicators: 'Выполнение показателей чек-листа (доля ответов «Да» среди школ, приславших ответы)',
      chart: 'Диаграмма: доля ответов «Да» по показателям',
    },
    columns: {
      status: ['', 'Статус', 'Мероприятий', '%'],
      control: ['', 'Контроль', 'Мероприятий', '%'],
      sections: ['', 'Раздел', 'Мероприятий', 'Выполнено', 'Просрочено'],
      responsible: ['', 'Ответственный', 'Мероприятий', 'Просрочено'],
      overdue: ['№', 'Мероприятие', 'Срок по плану', 'Контрольный срок', 'Просрочено, дн.', 'Ответственные'],
      upcoming: ['№', 'Мероприятие', 'Срок по плану', 'Контрольный срок', 'Осталось, дн.', 'Ответственные'],
      checklists: ['', 'Показатель', 'Школ', '%'],
      notSubmitted: ['Код ОО', 'Наименование', 'Статус'],
      indicators: ['Код', 'Показатель', 'Да / заполнено', 'Нет', 'Частично', 'Не заполнено', 'Доля «Да», %'],
    },
    total: 'Всего',
    control: {
      overdue: 'Просрочено',
      'due-soon': (days: number) => `Срок в ближайшие ${count(days, W.day)}`,
      'on-time': 'В срок',
      'no-date': 'Без срока',
      done: 'Выполнено',
      cancelled: 'Отменено',
    },
    checklistRows: {
      sent: 'Направлено чек-листов (школ в реестре)',
      submitted: 'Сдали чек-лист («Сдан» или «Принят»)',
      accepted: 'в том числе принято',
      notSubmitted: 'Не представили',
      quarantined: 'Файлов в карантине',
    },
    noSection: 'Без раздела',
    noResponsible: 'Не указан',
    noData: 'нет данных',
    chartTitle: 'Доля ответов «Да» по показателям чек-листа, %',
    chartSeries: 'Доля «Да», %',
    chartAxis: 'Показатель',
    footer: (sheet: string) => `Составлено ОКО-план по листу плана ${q(sheet)}, статусам мероприятий и листам «Школы» и «Свод чек-листов».`,
    empty: {
      statuses:
        'Статусы мероприятий ещё не ведутся: в плане нет столбца «Статус». Включите отслеживание («Статусы → Включить отслеживание» или oko status --out), и здесь появятся сведения о выполнении и просрочке.',
      sections: 'В плане нет разделов.',
      overdue: 'Просроченных мероприятий нет.',
      overdueUntracked: 'Сведений о просрочке нет: статусы мероприятий ещё не ведутся.',
      upcoming: (days: number) => `Мероприятий со сроком в ближайшие ${count(days, W.day)} нет.`,
      checklists: 'Чек-листы школ в этой книге не ведутся: нет листов «Школы» и «Чек-лист».',
      notCollected: (sent: number) =>
        `Чек-листы подготовлены для ${count(sent, W.schoolGen)}, ответы ещё не собраны: нет листа «Свод чек-листов» («Чек-листы школ → Собрать» или oko checklists collect).`,
      unreadable: (message: string) => `Сведения о чек-листах не прочитаны. ${message}`,
      stale: 'Лист «Свод чек-листов» собран по другому шаблону чек-листа: соберите чек-листы заново.',
      allSubmitted: 'Все школы сдали чек-листы.',
      noAnswers: 'Ни одна школа ещё не прислала ответов по показателям.',
      noChart: 'Диаграммы нет: ни одна школа ещё не ответила на показатели «Да / Нет / Частично».',
    },
    /** The sentences of the short text: every number comes from the tables above it. */
    text: {
      plan: (items: number, done: string, rest: readonly string[]) =>
        `Из ${count(items, W.measureGen)} плана выполнено ${done}${rest.length ? `, ${rest.join(', ')}` : ''}.`,
      share: (label: string, n: number, pct: string) => `${label} — ${n} (${pct})`,
      untracked: (items: number) =>
        `План включает ${count(items, W.measure)}; статусы выполнения ещё не ведутся, поэтому сведений о выполнении и просрочке нет.`,
      overdue: (n: number, pct: string) => `Просрочено ${count(n, W.measure)} (${pct}).`,
      noOverdue: 'Просроченных мероприятий нет.',
      mostOverdue: (name: string, n: number) => `Больше всего просроченных мероприятий у ответственного ${q(name)} — ${n}.`,
      upcoming: (days: number, n: number) => `В ближайшие ${count(days, W.day)} наступает срок ${count(n, W.measureGen)}.`,
      noUpcoming: (days: number) => `В ближайшие ${count(days, W.day)} контрольных сроков нет.`,
      checklists: (sent: number, submitted: number, pct: string, accepted: number, missing: number, missingPct: string) =>
        `Чек-листы направлены в ${count(sent, W.schoolAcc)}: сдано — ${submitted} (${pct})${accepted > 0 ? `, в том числе принято — ${accepted}` : ''}; не представлено — ${missing} (${missingPct}).`,
      quarantined: (n: number) => `Не приняты в свод до исправления (карантин): ${count(n, W.file)}.`,
      indicatorsRange: (base: number, minPct: string, minId: string, maxPct: string, maxId: string) =>
        `По ответам ${count(base, W.schoolGen)} доля ответов «Да» по показателям составляет от ${minPct} (показатель ${minId}) до ${maxPct} (показатель ${maxId}).`,
      indicatorsSame: (base: number, pct: string) => `По ответам ${count(base, W.schoolGen)} доля ответов «Да» по всем показателям — ${pct}.`,
      noAnswers: 'Ответов школ по показателям чек-листа пока нет.',
      notCollected: (sent: number) => `Чек-листы подготовлены для ${count(sent, W.schoolGen)}, ответы ещё не собраны.`,
      noChecklists: 'Чек-листы школ в книге не ведутся.',
      unreadable: 'Сведения о чек-листах школ не прочитаны.',
    },
    flow: {
      done: (sheet: string, day: string) => `Лист ${q(sheet)} составлен по состоянию на ${day}.`,
      toolSheet: (sheet: string) => `Лист ${q(sheet)} ведёт сам ОКО-план. Откройте лист с планом мероприятий и повторите.`,
    },
    cli: {
      header: (sheet: string, day: string) => `Сводная справка по листу ${q(sheet)} на ${day}`,
      written: (file: string) => `Книга с листом «Сводная справка» записана: ${file}`,
      docx: (file: string) => `Справка .docx записана: ${file}`,
      dryRun: 'Книга не изменена. Чтобы записать лист «Сводная справка», добавьте --out ИТОГ.xlsx (можно указать саму книгу); справку Word — --docx СПРАВКА.docx.',
      usage: [
        'Сводная справка:',
        '  oko summary КНИГА.xlsx [--today ГГГГ-ММ-ДД] [--sheet ЛИСТ] [--out ИТОГ.xlsx] [--docx СПРАВКА.docx] [--json]',
        '      итоги плана по статусам, разделам и ответственным, просроченные и ближайшие мероприятия,',
        '      сдача и показатели чек-листов школ с диаграммой; --out — книга с листом «Сводная справка»',
        '      (можно указать саму книгу: лист пересоздаётся, план не меняется), --docx — справка Word,',
        '      --json — те же сведения для программ',
      ].join('\n'),
    },
  },
} as const;
