/** A large synthetic plan in the seeds' shape, for benchmarks and scale tests. */
import type { CellValue, Grid } from '../core/grid/grid';

const ACTIVITIES = [
  'Проведение мониторинга объективности результатов оценочных процедур',
  'Организация общественного наблюдения при проведении ВПР',
  'Анализ результатов ОГЭ и ЕГЭ в образовательных организациях',
  'Совещание с руководителями ОО по вопросам объективности оценивания',
  'Перепроверка работ ВПР муниципальной комиссией',
];
const DEADLINES = [
  'Апрель – май 2022',
  'до 25 числа ежемесячно',
  'В течение года',
  'Октябрь 2021',
  'По запросу',
  '21.06.2022',
  'Ежегодно (июнь-июль)',
];
const RESPONSIBLE = ['Управление образования', 'МАУ ДПО ЦРО', 'Руководители ОО', 'Специалисты УО, МАУ ДПО ЦРО'];
const RESULTS = ['Аналитическая справка', 'Протокол', 'Приказ', 'Информационная справка'];

/** `rows` body rows under a title and a header; sections every 50 rows. */
export function generatePlan(rows: number): Grid {
  const values: CellValue[][] = [
    ['План мероприятий по обеспечению объективности процедур оценки качества образования на 2021-2022 учебный год'],
    [],
    ['№ п/п', 'Мероприятие', 'Срок исполнения', 'Ответственный исполнитель', 'Ожидаемый результат'],
  ];
  let section = 0;
  let item = 0;
  for (let i = 0; values.length < rows + 3; i++) {
    if (i % 50 === 0) {
      section++;
      item = 0;
      values.push([`${section}. Раздел ${section}`]);
      continue;
    }
    item++;
    values.push([
      `${section}.${item}.`,
      `${ACTIVITIES[i % ACTIVITIES.length]} (${i})`,
      DEADLINES[i % DEADLINES.length] ?? '',
      RESPONSIBLE[i % RESPONSIBLE.length] ?? '',
      RESULTS[i % RESULTS.length] ?? '',
    ]);
  }
  return { sheet: 'План', values, merges: [] };
}
