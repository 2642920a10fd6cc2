import { q } from './shared';

/** Russian messages: limits on what untrusted files can do. Part of the one catalog `ru` (see ru.ts). */
export const limitsMessages = {
  limits: {
    cut: (length: number) => ` … [текст сокращён: в ячейке было ${length} знаков, больше предела Excel 32 767]`,
    answerTooLong: (id: string, length: number, max: number) =>
      `ответ на показатель ${q(id)} длиной ${length} знаков — больше допустимых ${max}; сократите его и пришлите файл заново.`,
    commentTooLong: (id: string, length: number, max: number) =>
      `комментарий к показателю ${q(id)} длиной ${length} знаков — больше допустимых ${max}; сократите его или дайте ссылку на документ.`,
    zipTooBig: (file: string, mb: number, limit: number) =>
      `Файл ${q(file)} после распаковки занял бы ${mb} МБ — больше допустимых ${limit} МБ; такой файл не открывается (возможно, он повреждён или намеренно раздут).`,
    sheetsTooBig: (file: string, mb: number, limit: number) =>
      `Файл ${q(file)} не открыт: на его листах ${mb} МБ данных — больше допустимых ${limit} МБ (это сотни тысяч строк, в плане столько не бывает). Оставьте в книге только нужные листы и строки.`,
    zipPartTooBig: (file: string, part: string, mb: number) =>
      `Файл ${q(file)} не открыт: его часть ${q(part)} после распаковки занимает ${mb} МБ — для книги .xlsx это неправдоподобно (возможно, файл повреждён или намеренно раздут).`,
    zipRatio: (file: string, part: string, ratio: number) =>
      `Файл ${q(file)} не открыт: его часть ${q(part)} сжата в ${ratio} раз — так сжимаются только намеренно раздутые файлы.`,
    zipBroken: (file: string) =>
      `Файл ${q(file)} повреждён: оглавление архива .xlsx не читается. Откройте его в Excel и сохраните заново как .xlsx.`,
    todayYear: (value: string) => `Дата ${q(value)} вне допустимых лет 1900–2100. Проверьте год, например 2025-05-20.`,
  },
} as const;
