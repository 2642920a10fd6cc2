import { q, W } from './shared';
import { count } from '../text/plural';

/** Russian messages: summary. Part of the one catalog `ru` (see ru.ts). */
export const summaryMessages = {
  summary: {
    sheetName: 'Сводная справка',
    altSheetName: 'Сводная справка ОКО-план',
    title: 'Сводная справка о ходе выполнения плана мероприятий',
    docTitle: 'Справка о ходе выполнения плана мероприятий',
    untitled: (sheet: string) => `План мероприятий (лист ${q(sheet)})`,
    period: (from: string, to: string) => `Период плана: ${from} – ${to}`,
    noPeriod: 'Период плана не определён',
    asOf: (day: string) => `По состоянию на ${day}`,
    textTitle: 'Выводы',
    /** Section titles; the справка numbers them in order (1., 2., 7.1.…). */
    headings: {
      status: 'Выполнение мероприятий по статусам',
      control: 'Контроль сроков',
      sections: 'Выполнение по разделам плана',
      responsible: 'Нагрузка по ответственным',
      overdue: 'Просроченные мероприятия',
      upcoming: (days: number) => `Мероприятия с контрольным сроком в ближайшие ${count(days, W.day)}`,
      checklists: 'Чек-листы школ',
      notSubmitted: 'Не сдали чек-лист',
      indicators:
        'Выполнение показателей чек-листа (по ответам школ, сдавших чек-лист; доля «Да» — только для показателей с ответом «Да / Нет / Частично»)',
      chart: 'Доля ответов «Да» по показателям (диаграмма)',
    },
    columns: {
      status: ['', 'Статус', 'Мероприятий', '%'],
      control: ['', 'Контроль', 'Мероприятий', '%'],
      sections: ['', 'Раздел', 'Мероприятий', 'Выполнено', 'Просрочено'],
      responsible: ['', 'Ответственный', 'Мероприятий', 'Просрочено'],
      overdue: ['№', 'Мероприятие', 'Срок по плану', 'Контрольный срок', 'Просрочено, дн.', 'Ответственные'],
      upcoming: ['№', 'Мероприятие', 'Срок по плану', 'Контрольный срок', 'Осталось, дн.', 'Ответственные'],
      checklists: ['', 'Школы', 'Число', '% от направленных'],
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
    noSection: 'Без раздела',
    noResponsible: 'Не указан',
    noData: 'нет данных',
    chartTitle: 'Доля ответов «Да» по показателям чек-листа, %',
    chartSeries: 'Доля «Да», %',
    chartAxis: 'Показатель',
    chartLegend:
      'Подписи над столбцами — доля «Да», %. Заливка: тёмная — 80 % и выше, серая — от 50 до 80 %, светлая со штриховкой — ниже 50 %.',
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
      mostOverdue: (name: string, n: number) =>
        `Больше всего просроченных мероприятий у ответственного ${q(name)} — ${n}.`,
      upcoming: (days: number, until: string, n: number) =>
        `В ближайшие ${count(days, W.day)} (по ${until}) наступает контрольный срок ${count(n, W.measureGen)}.`,
      noUpcoming: (days: number, until: string) =>
        `В ближайшие ${count(days, W.day)} (по ${until}) контрольных сроков нет.`,
      checklists: (
        sent: number,
        submitted: number,
        pct: string,
        accepted: number,
        missing: number,
        missingPct: string,
      ) =>
        `Чек-листы направлены ${count(sent, W.schoolDat)}: сдали — ${submitted} (${pct})${accepted > 0 ? `, в том числе приняты управлением — ${accepted}` : ''}; не сдали — ${missing} (${missingPct}).`,
      quarantined: (n: number) =>
        `У ${count(n, W.schoolGen)} файл не принят из-за ошибок в заполнении: школам сообщено, ожидаются исправленные файлы.`,
      indicatorsRange: (base: number, minPct: string, minId: string, maxPct: string, maxId: string) =>
        `По ответам ${count(base, W.schoolGen)}, сдавших чек-лист, доля ответов «Да» по показателям с ответом «Да / Нет / Частично» составляет от ${minPct} (показатель ${minId}) до ${maxPct} (показатель ${maxId}).`,
      indicatorsSame: (base: number, pct: string) =>
        `По ответам ${count(base, W.schoolGen)}, сдавших чек-лист, доля ответов «Да» по всем показателям с ответом «Да / Нет / Частично» — ${pct}.`,
      noAnswers: 'Ответов школ по показателям чек-листа пока нет.',
      notCollected: (sent: number) => `Чек-листы подготовлены для ${count(sent, W.schoolGen)}, ответы ещё не собраны.`,
      noChecklists: 'Чек-листы школ в книге не ведутся.',
      unreadable: 'Сведения о чек-листах школ не прочитаны.',
    },
    flow: {
      done: (sheet: string, day: string) => `Лист ${q(sheet)} составлен по состоянию на ${day}.`,
      toolSheet: (sheet: string) =>
        `Лист ${q(sheet)} ведёт сам ОКО-план. Откройте лист с планом мероприятий и повторите.`,
    },
    cli: {
      header: (sheet: string, day: string) => `Сводная справка по листу ${q(sheet)} на ${day}`,
      written: (file: string) => `Книга с листом «Сводная справка» записана: ${file}`,
      docx: (file: string) => `Справка .docx записана: ${file}`,
      dryRun:
        'Книга не изменена. Чтобы записать лист «Сводная справка», добавьте --out ИТОГ.xlsx (можно указать саму книгу); справку Word — --docx СПРАВКА.docx.',
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
