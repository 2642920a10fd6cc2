/**
 * Every file the official loaded → the readable results tables and one Russian line per file
 * that cannot be analysed (the other files still are). A pupil loaded twice (the same file
 * twice, or a school's file beside the municipality's) counts once.
 */
import type { Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import { readResultTable } from './vpr-read';
import type { ResultTable } from './vpr-types';

/** One loaded file: its name and its sheets. */
export interface VprSource {
  readonly name: string;
  readonly grids: readonly Grid[];
}

export interface SourcesRead {
  readonly tables: readonly ResultTable[];
  /** Russian lines: files not analysed, and what could not be checked in the others. */
  readonly messages: readonly string[];
  /** Files that gave no table at all. */
  readonly unreadable: number;
}

function dropRepeats(table: ResultTable, seen: Set<string>): { table: ResultTable; repeats: number } {
  const key = `${table.subject}|${table.grade}|${table.year}|`;
  let repeats = 0;
  const pupils = table.pupils.filter((p) => {
    if (!p.code) return true;
    const id = `${key}${p.login}|${p.code}`;
    if (seen.has(id)) {
      repeats++;
      return false;
    }
    seen.add(id);
    return true;
  });
  return { table: repeats ? { ...table, pupils } : table, repeats };
}

export function readSources(sources: readonly VprSource[]): SourcesRead {
  const tables: ResultTable[] = [];
  const messages: string[] = [];
  const seen = new Set<string>();
  let unreadable = 0;
  for (const source of sources) {
    const failures: string[] = [];
    let read = 0;
    for (const grid of source.grids) {
      const r = readResultTable(grid, source.name);
      if (!r.ok) {
        failures.push(r.message);
        continue;
      }
      read++;
      const { table, repeats } = dropRepeats(r.table, seen);
      messages.push(...r.warnings);
      if (repeats) messages.push(ru.vpr.read.duplicates(source.name, repeats));
      if (table.pupils.length) tables.push(table);
    }
    if (read > 0) continue;
    unreadable++;
    // A sheet that has a table but lacks a column says more than one without a table at all.
    const noTable = ru.vpr.read.noTable(source.name);
    messages.push(failures.find((f) => f !== noTable) ?? noTable);
  }
  return { tables, messages, unreadable };
}
