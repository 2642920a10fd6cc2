import { q, short } from './shared';

/** Russian messages: rules. Part of the one catalog `ru` (see ru.ts). */
export const rulesMessages = {
  rules: {
    missingActivity: 'Не указано мероприятие. Впишите, что нужно сделать, или удалите строку.',
    missingActivityLevel: (levels: readonly string[]) =>
      `Не заполнен муниципальный уровень: мероприятие указано только в графе ${levels.map(q).join(' и ')}. Впишите мероприятие управления образования или поставьте «—», если его нет.`,
    missingDeadline:
      'Не указан срок. Впишите дату, месяц или период (например, «до 20.05.2025», «апрель 2025», «ежегодно, май»).',
    missingResponsible: 'Не указан ответственный. Впишите исполнителя (должность или организацию).',
    missingResult:
      'Не указан ожидаемый результат. Впишите, чем подтверждается выполнение (справка, приказ, протокол…).',
    formulaError: (field: string, error: string) =>
      `В графе ${q(field)} ошибка формулы ${error}: что было в ячейке, потеряно. Исправьте формулу или впишите значение.`,
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
    numberAsDate: (num: string) =>
      `Номер пункта ${q(num)} Excel превратил в дату. Задайте столбцу «№» текстовый формат и впишите номер заново (или нажмите «Исправить»).`,
    rowContinuation: (itemRow: number) =>
      `Строка — продолжение пункта из строки ${itemRow}, разорванного при переносе со страницы. Нажмите «Объединить с пунктом», чтобы перенести текст этой строки в пункт.`,
    headerMissing: (found: string) =>
      `В таблице нет строки заголовков. Столбцы определены по содержимому: ${found}. Добавьте строку заголовков над таблицей.`,
    headerRepeated: (row: number, rows = 1) =>
      rows > 1
        ? `Строки повторяют заголовок таблицы из строк ${row}–${row + rows - 1} (перенос со страницы). Очистите или удалите их.`
        : `Строка повторяет заголовок таблицы из строки ${row} (перенос со страницы). Очистите или удалите её.`,
    columnAbsent: (names: readonly string[]) =>
      names.length > 1
        ? `В плане нет граф ${names.map(q).join(' и ')}: для плана такого вида это допустимо, по ним ничего не проверялось. Чтобы отслеживать сроки и исполнителей, добавьте эти столбцы.`
        : `В плане нет графы ${names.map(q).join('')}: для плана такого вида это допустимо, по ней ничего не проверялось. Если она нужна для контроля исполнения, добавьте столбец.`,
    duplicateItem: (firstRow: number) =>
      `Мероприятие повторяет пункт из строки ${firstRow}. Удалите повтор или уточните формулировку.`,
    duplicateBlock: (label: string, firstRow: number) =>
      `Блок ${q(label)} повторяет блок из строки ${firstRow} целиком. Удалите повтор или исправьте год.`,
    periodMismatch: (from: string, to: string, planFrom: string, planTo: string) =>
      `Здесь назван период ${from} – ${to}, а план составлен на ${planFrom} – ${planTo}. Проверьте название плана и текст приказа.`,
    responsibleUnseparated: (parts: readonly string[]) =>
      `Исполнители записаны слитно: ${parts.map(q).join(' и ')}. Разделите их запятой.`,
    textTypo: (wrong: string, right: string) => `Опечатка: ${q(wrong)} → ${q(right)}.`,
    textCleanup: (what: string) => `Лишние символы в тексте: ${what}. Их можно убрать.`,
    statusUnknown: (text: string, names: readonly string[]) =>
      `Статус ${q(short(text))} не из списка (${names.join(', ')}). Выберите статус из списка, иначе мероприятие считается «Не начато».`,
    controlDateInvalid: (text: string) =>
      `В «Контрольном сроке» ${q(short(text))} — не дата. Впишите дату в виде ДД.ММ.ГГГГ.`,
    statusMissingEvidence:
      'Мероприятие отмечено «Выполнено», но нет отметки о выполнении. Добавьте ссылку или реквизиты документа.',
  },
  cleanup: {
    bullet: 'маркер списка «•»',
    trailingComma: 'запятая в конце',
    doubleSpace: 'двойные пробелы',
    nbsp: 'неразрывные пробелы',
    edgeSpace: 'пробелы в начале или конце',
    hangingHyphen: 'дефис с пробелом после переноса',
    invisible: 'невидимые символы (пробел нулевой ширины, метка BOM)',
    control: 'управляющие символы',
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
} as const;
