import { isoFromRu, offsetOf, ruDateTime, zoneText } from './datetime';

test('ISO timestamps in the book’s local time, ДД.ММ.ГГГГ ЧЧ:ММ; mixed offsets agree', () => {
  expect(ruDateTime('2022-03-25T09:00:00+03:00', 180)).toBe('25.03.2022 09:00');
  expect(ruDateTime('2022-03-25T06:00:00+00:00', 180)).toBe('25.03.2022 09:00');
  expect(ruDateTime('2022-03-25T22:30:00Z', 180)).toBe('26.03.2022 01:30');
  expect(ruDateTime('2022-03-01T01:00:00+05:00', 180)).toBe('28.02.2022 23:00');
  expect(ruDateTime('2025-05-20T10:00:00.123+03:00', 180)).toBe('20.05.2025 10:00');
  expect(ruDateTime('25.03.2022 09:00', 180)).toBe('25.03.2022 09:00');
  expect(offsetOf('2022-03-25T09:00:00+03:00')).toBe(180);
  expect(offsetOf('2022-03-25T09:00:00-0430')).toBe(-270);
  expect(offsetOf('2022-03-25T09:00:00Z')).toBe(0);
});

test('a shown «ДД.ММ.ГГГГ ЧЧ:ММ» reads back as the same moment; other text does not', () => {
  expect(isoFromRu('25.03.2022 09:00', 180)).toBe('2022-03-25T09:00:00+03:00');
  expect(isoFromRu(' 01.12.2026 23:05 ', -270)).toBe('2026-12-01T23:05:00-04:30');
  expect(ruDateTime(isoFromRu('26.03.2022 01:30', 180) ?? '', 180)).toBe('26.03.2022 01:30');
  expect(isoFromRu('2022-03-25T09:00:00+03:00', 180)).toBeNull();
  expect(isoFromRu('вчера', 180)).toBeNull();
});

test('a UTC offset in minutes as ISO writes it, the inverse of offsetOf', () => {
  expect([180, 0, -300, 330, -30].map(zoneText)).toEqual(['+03:00', '+00:00', '-05:00', '+05:30', '-00:30']);
  for (const minutes of [180, -300, 345]) expect(offsetOf(`2025-05-20T10:00:00${zoneText(minutes)}`)).toBe(minutes);
});
