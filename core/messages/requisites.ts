/** Russian messages: the «Реквизиты» sheet of the справка. Part of the one catalog `ru` (see ru.ts). */
export const requisitesMessages = {
  requisites: {
    sheetName: 'Реквизиты',
    title: 'Реквизиты справки — заполните один раз; справка берёт их отсюда',
    columns: ['Реквизит', 'Значение'],
    labels: {
      organisation: 'Организация (бланк)',
      addressee: 'Кому (должность, И.О. Фамилия адресата)',
      headPosition: 'Должность подписывающего',
      headName: 'Подписывающий (И.О. Фамилия)',
      executor: 'Исполнитель (Фамилия Имя Отчество)',
      phone: 'Телефон исполнителя',
      checklistDeadline: 'Срок сдачи чек-листов школами',
    },
    placeholders: {
      organisation: '[Наименование органа управления образованием]',
      addressee: '[Должность, И.О. Фамилия адресата]',
      headPosition: 'Начальник [наименование отдела]',
      headName: '[И.О. Фамилия]',
      executor: '[Фамилия Имя Отчество]',
      phone: '[телефон]',
      checklistDeadline: '[ДД.ММ.ГГГГ]',
    },
    hint: 'Замените текст в квадратных скобках. Пустая ячейка печатается в справке как место для подписи от руки.',
    /** The справка's own lines around the requisites. */
    dateNumber: 'от «___» ____________ 20___ г.  № ________',
    executorLine: (name: string, phone: string) => `Исп.: ${name}, тел. ${phone}`,
    created: 'Добавлен лист «Реквизиты»: впишите в него организацию, адресата, подписывающего и исполнителя.',
  },
} as const;
