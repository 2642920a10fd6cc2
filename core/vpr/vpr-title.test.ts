import { gradeIn, gradeOfClasses, subjectIn, titleFacts, yearIn } from './vpr-title';

describe('title facts', () => {
  it('reads the usual file and title wordings', () => {
    expect(titleFacts(['ВПР 2024 Математика 5 класс'])).toEqual({ subject: 'Математика', grade: 5, year: 2024 });
    expect(titleFacts(['', 'Лист1', 'vpr_2023_Русский_язык_4_кл.xlsx'])).toEqual({
      subject: 'Русский язык',
      grade: 4,
      year: 2023,
    });
    expect(titleFacts(['Результаты ВПР по предмету «Окружающий мир», класс: 4', '2022-2023 учебный год'])).toEqual({
      subject: 'Окружающий мир',
      grade: 4,
      year: 2023,
    });
  });
  it('takes each fact from the first text that has it', () => {
    expect(titleFacts(['Математика', 'Лист 5 класс', 'ВПР 2025 История 6 класс.xlsx'])).toEqual({
      subject: 'Математика',
      grade: 5,
      year: 2025,
    });
  });
  it('says nothing when the text does not say', () => {
    expect(subjectIn('Физическая культура')).toBeNull();
    expect(gradeIn('Лист1')).toBeNull();
    expect(gradeIn('15 класс')).toBeNull();
    expect(yearIn('результаты.xlsx')).toBeNull();
  });
  it('takes the class from «Класс» cells', () => {
    expect(gradeOfClasses(['5А', '5 Б', '5', '6В'])).toBe(5);
    expect(gradeOfClasses(['', 'нет'])).toBeNull();
  });
});
