/**
 * The «Сводная справка» section on the objectivity of ВПР (numbered on after the checklists):
 * the index, what was analysed, the signs found, the schools with signs. Present when the sheet exists.
 */
import type { Block, SpravkaSection } from '../summary/spravka-blocks';
import { ru } from '../messages/ru';
import type { VprDigest } from './vpr-digest';
import { ruNumber } from './vpr-format';

export function vprSpravkaSection(d: VprDigest): SpravkaSection {
  const s = ru.vpr.spravka;
  const sentences = [s.analysed(d.results, d.tests, d.insufficient)];
  if (d.index) {
    sentences.push(s.index(ruNumber(d.index.value, 1), d.index.year));
    sentences.push(s.flagged(d.index.withSigns, d.index.schools, d.index.year));
  }
  const signs = d.bySign.filter((x) => x.count > 0).map((x) => s.sign(ru.vpr.signs[x.id], x.count));
  sentences.push(signs.length ? s.signs(signs) : s.noSigns);
  const blocks: Block[] = [{ kind: 'points', items: sentences }];
  if (d.flagged.length === 0) blocks.push({ kind: 'note', text: s.noFlagged });
  else
    blocks.push({
      kind: 'table',
      columns: [...s.columns],
      rows: d.flagged.map((f) => [f.login, f.school, f.what.join('\n')]),
      codeColumn: true,
      totalRow: false,
      chartRows: 0,
    });
  return { title: s.heading, blocks };
}
