/** Russian messages: panel. Part of the one catalog `ru` (see ru.ts). */
export const panelMessages = {
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
    /**
     * A host's English error, said in Russian with what to do: matched by the words Office.js,
     * Apps Script and browsers use; anything else gets the general advice.
     */
    hostErrors: [
      {
        match: /AccessDenied|permission|not authorized|Authorization is required|protected/i,
        text: 'нет прав на это действие или лист защищён. Снимите защиту листа или попросите владельца книги дать вам права на редактирование.',
      },
      {
        match: /ItemNotFound|not found|does not exist/i,
        text: 'лист или ячейка не найдены — возможно, лист переименован или удалён. Откройте лист с планом и повторите.',
      },
      {
        match: /PayloadSizeLimit|too large|exceeded|too many times|quota|limit/i,
        text: 'превышен предел программы на объём или число действий. Подождите минуту и повторите; для большого плана — по частям.',
      },
      {
        match: /Failed to fetch|NetworkError|network|timeout|timed out|offline/i,
        text: 'нет связи с сервером. Проверьте подключение к интернету и повторите.',
      },
      {
        match: /edit mode|cell editing|InvalidOperationInCellEditMode/i,
        text: 'в ячейке идёт ввод текста. Закончите ввод (Enter или Esc) и повторите.',
      },
    ],
    hostErrorOther:
      'программа таблиц не выполнила действие. Сохраните книгу, закройте и снова откройте панель ОКО-план, затем повторите.',
    goTo: (cell: string) => `Перейти к ячейке ${cell}`,
    tabs: { issues: 'Замечания', deadlines: 'Сроки', checklists: 'Чек-листы', summary: 'Справка', vpr: 'ВПР' },
    enableTracking: 'Включить отслеживание',
    refreshTracking: 'Обновить',
    enabling: 'Добавляю столбцы статусов…',
    refreshing: 'Пересчитываю сроки…',
    readingStatuses: 'Читаю статусы…',
    deadlinesEmpty:
      'Нажмите «Включить отслеживание», чтобы добавить в план столбцы «Статус», «Контрольный срок», «Отметка о выполнении» и «Контроль».',
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
      quarantineHead: (n: number) => `Не приняты из-за ошибок в файле: ${n}`,
      notSubmittedHead: (n: number) => `Не представили: ${n}`,
      allSubmitted: 'Все школы сдали чек-листы.',
      openSummary: 'Открыть лист «Свод чек-листов»',
    },
    summary: {
      empty:
        'Откройте лист с планом мероприятий и нажмите «Составить справку»: ОКО-план составит лист «Сводная справка» по плану, статусам и чек-листам школ, а справку можно будет скачать в формате Word.',
      build: 'Составить справку',
      building: 'Составляю сводную справку…',
      textHead: 'Краткие выводы',
      download: 'Скачать справку (.docx)',
      making: 'Готовлю справку Word…',
      openSheet: 'Открыть лист «Сводная справка»',
    },
  },
} as const;
