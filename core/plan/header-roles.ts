/** Column roles by header text: the synonyms officials use. */
import { clean } from '../text/normalize';
import type { Role } from './plan';

/** Tested in order: the more specific phrase first («Контрольный срок» before «Срок»). */
const SYNONYMS: readonly (readonly [Role, RegExp])[] = [
  ['control-date', /^контрольн\S* срок/],
  ['control', /^контроль$/],
  ['status', /^статус/],
  [
    'evidence',
    /^(отметка|отметки) (о|об) (выполнении|исполнении)|^подтверждение выполнения|^ссылка на (документ|подтвержд)/,
  ],
  ['school', /^(уровень (оо|оу|школы|образовательн\S* (организаци|учреждени)\S*)|школьный уровень)/],
  ['region', /^(региональн\S* уровень|уровень (региона|субъекта))/],
  // «№», «№№ п/п», «N N п.п», «Номер строки», «№ пункта».
  ['number', /^(№\s?№?|n\s?n?|no|номер)\s*(п\s*[/.]?\s*п\.?|пункта|строки)?\.?$|^п\s*\/\s*п$/],
  ['deadline', /^(срок|сроки|дата|даты|период)(?![а-я])/],
  ['responsible', /^(ответственн|исполнител|ответственный исполнитель)/],
  [
    'result',
    /^((ожидаем|планируем|прогнозируем)\S* )?результат|^итог|^дальнейшее использование|^форма (завершения|отчетност)|^выход(?![а-я])|^продукт/,
  ],
  ['form', /^форм[аы](?![а-я])|^механизм/],
  ['activity', /^(мероприяти|содержание|направлени|этап|наименование|муниципальный уровень|меры|действи|задач)/],
];

/** The role a header cell names, or null. */
export function headerRole(text: string): Role | null {
  const t = clean(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^["«]|["»]$/g, '');
  if (t === '' || t.length > 90) return null;
  for (const [role, re] of SYNONYMS) if (re.test(t)) return role;
  return null;
}

/** Roles of a row's cells; a role already taken keeps its first column. */
export function headerRoles(cells: readonly string[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  cells.forEach((text, i) => {
    const role = headerRole(text);
    if (role && !roles.has(role)) roles.set(role, i + 1);
  });
  return roles;
}

/** A row is a header when it names at least two roles, one of them what is done or its number. */
export function looksLikeHeader(roles: Map<Role, number>): boolean {
  return roles.size >= 2 && (roles.has('activity') || roles.has('number'));
}
