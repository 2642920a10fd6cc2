/**
 * «Объективность ВПР» as data: the pupils read from the downloaded files, the parameters of the
 * method, and the result per school × subject × class × year. JSON-ready, host-neutral.
 */

export type SignId = 'inflated' | 'marks-mismatch' | 'cohort-drop' | 'cohort-rise';
export type MarkerId = 'boundary-peak' | 'easy-hard' | 'raised-marks';
export type SampleId = 'insufficient' | 'limited' | 'informative';

export const SIGN_IDS: readonly SignId[] = ['inflated', 'marks-mismatch', 'cohort-drop', 'cohort-rise'];
export const MARKER_IDS: readonly MarkerId[] = ['boundary-peak', 'easy-hard', 'raised-marks'];

/** One task column «N (Kб)». */
export interface TaskColumn {
  readonly label: string;
  readonly max: number;
}

/** One participant (an absent pupil is not one). */
export interface Pupil {
  readonly login: string;
  readonly school: string;
  /** «Код участника», '' when the file has none. */
  readonly code: string;
  /** Points per task, in the order of the file's task columns; «X», «-», empty are 0. */
  readonly points: readonly number[];
  readonly score: number;
  /** Primary score / maximum × 100. */
  readonly completion: number;
  /** The ВПР mark 2…5, or null. */
  readonly mark: number | null;
  /** The journal (previous term) mark 2…5, or null. */
  readonly journal: number | null;
}

/** What is analysed together: the same subject, class and year. */
export interface TestKey {
  readonly subject: string;
  readonly grade: number;
  readonly year: number;
}

/** One readable file (or sheet) of results. */
export interface ResultTable extends TestKey {
  readonly source: string;
  readonly tasks: readonly TaskColumn[];
  readonly maxScore: number;
  readonly pupils: readonly Pupil[];
  /** Logins of the schools of absent pupils («отсутствовал»), one per pupil: not participants. */
  readonly absent: readonly string[];
  /** Whether the file has «Отметка» / «Отметка по журналу» at all. */
  readonly hasMarks: boolean;
  readonly hasJournal: boolean;
}

/** The method's parameters; the «Параметры» sheet may override each. */
export interface VprParams {
  readonly minParticipants: number;
  readonly informativeFrom: number;
  readonly z: number;
  readonly spearmanBelow: number;
  readonly cohortMinParticipants: number;
  readonly cohortMinSchools: number;
  readonly iqrFactor: number;
  readonly boundaryMinPupils: number;
  readonly boundaryWindow: number;
  readonly boundaryShare: number;
  readonly easyFrom: number;
  readonly hardTo: number;
  readonly easyGap: number;
  readonly hardGap: number;
  readonly raisedShare: number;
}

/** The region (all loaded participants) of one subject, class and year. */
export interface RegionResult extends TestKey {
  readonly n: number;
  readonly schools: number;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Lowest primary score that got the mark 3, 4, 5 (null when no pupil got it). */
  readonly boundaries: { readonly 3: number | null; readonly 4: number | null; readonly 5: number | null };
}

/** What a sign or marker found, for the «Группа риска» list: the value against its reference. */
export interface Finding {
  readonly id: SignId | MarkerId;
  readonly value: number;
  readonly reference: number;
}

export interface SchoolResult extends TestKey {
  readonly login: string;
  readonly school: string;
  readonly n: number;
  readonly absent: number;
  readonly sample: SampleId;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly regionCiHigh: number;
  readonly spearman: number | null;
  /** K = this mean / the same pupils' mean a class and a year later; null when not computable. */
  readonly k: number | null;
  readonly signs: readonly SignId[];
  readonly markers: readonly MarkerId[];
  readonly findings: readonly Finding[];
}

export interface MunicipalIndex {
  readonly year: number;
  readonly schools: number;
  readonly withSigns: number;
  /** 100 − the share of schools with a sign, one decimal. */
  readonly value: number;
}

export interface VprAnalysis {
  readonly params: VprParams;
  readonly regions: readonly RegionResult[];
  readonly results: readonly SchoolResult[];
  readonly index: MunicipalIndex | null;
}
