/**
 * Every validation message, in Vietnamese then English: `msg`. Each factory returns a complete
 * Problem: what was found, what was expected, how to fix it. This file holds the messages about
 * cells and figures; those about files, sheets, official lists and boundaries are in
 * messages-files.ts. Tests snapshot these texts, so wording changes are deliberate.
 */
import { columnLetter, type Bilingual } from './problems.ts';
import { at, bi, cellName, EXCEL_UTF8, rowWord, type Cell, type SheetAt } from './messages-base.ts';
import { fileMessages } from './messages-files.ts';

export type { Cell, SheetAt } from './messages-base.ts';

const figureMessages = {
  required: (c: Cell) =>
    at('error', 'cell.required', c,
      bi(`Ô bắt buộc ${cellName(c).vi} đang trống.`, `Required cell ${cellName(c).en} is empty.`),
      undefined,
      bi('Điền giá trị cho ô này (xem data/README.md).', 'Fill in this cell (see data/README.md).')),

  enumInvalid: (c: Cell, allowed: readonly { code: string; vi: string }[]) =>
    at('error', 'cell.enum', c,
      bi(`Giá trị "${c.value}" ở ${cellName(c).vi} không hợp lệ.`, `Value "${c.value}" in ${cellName(c).en} is not allowed.`),
      bi(`Một trong: ${allowed.map((a) => `${a.code} (${a.vi})`).join(', ')}.`, `One of: ${allowed.map((a) => a.code).join(', ')}.`),
      bi('Chọn một giá trị trong danh sách trên.', 'Use one of the values above.')),

  numberInvalid: (c: Cell) =>
    at('error', 'number.invalid', c,
      bi(`"${c.value}" ở ${cellName(c).vi} không phải là số.`, `"${c.value}" in ${cellName(c).en} is not a number.`),
      bi('Một số, ví dụ 12.5 hoặc 32000 (không kèm chữ; chữ "hơn", "gần"… ghi ở cột qualifier).', 'A number such as 12.5 or 32000 (no words; "more than", "nearly"… go in the qualifier column).'),
      bi('Chỉ để lại con số trong ô này.', 'Leave only the number in this cell.')),

  numberAmbiguous: (c: Cell, readings: [string, string], delimiter: string) =>
    at('error', 'number.ambiguous', c,
      bi(`Số "${c.value}" ở ${cellName(c).vi} không rõ nghĩa: có thể là ${readings[0]} hoặc ${readings[1]}.`, `Number "${c.value}" in ${cellName(c).en} is ambiguous: it could be ${readings[0]} or ${readings[1]}.`),
      bi('Số viết dấu chấm thập phân và không có dấu phân cách hàng nghìn, ví dụ 32000 hoặc 12.5.', 'A point decimal without thousands separators, e.g. 32000 or 12.5.'),
      delimiter === ';'
        ? bi(`Tệp này dùng dấu chấm phẩy nên dấu phẩy được hiểu là dấu thập phân, nhưng nguồn viết tiếng Anh dùng dấu phẩy để phân cách hàng nghìn. Viết số không có dấu phân cách (${readings[1]} hoặc ${readings[0]}), hoặc chép nguyên văn vào cột value_as_published và ghi ngôn ngữ của nguồn (language = en).`,
          `This file uses semicolons, so a comma is read as a decimal mark, but English sources use it to group thousands. Write the number without separators (${readings[1]} or ${readings[0]}), or copy it into value_as_published and set the source's language to en.`)
        : bi(`Viết lại số không có dấu phân cách hàng nghìn (ví dụ ${readings[1].replace(/\./g, '')}), hoặc lưu tệp từ Excel tiếng Việt với dấu chấm phẩy (;).`, `Write the number without thousands separators, or save from Vietnamese-locale Excel with semicolons (;).`)),

  numberScientific: (c: Cell, approx: number) =>
    at('error', 'number.scientific', c,
      bi(`"${c.value}" ở ${cellName(c).vi} là số dạng lũy thừa của Excel (khoảng ${approx}): Excel viết như vậy khi cột quá hẹp, và các chữ số cuối đã mất.`,
        `"${c.value}" in ${cellName(c).en} is Excel's scientific notation (about ${approx}): Excel writes it when the column is too narrow, and the last digits are lost.`),
      bi('Con số đầy đủ như nguồn in, ví dụ 158812000000.', 'The full number as printed, e.g. 158812000000.'),
      bi('Trong Excel chọn cột → Định dạng ô (Format Cells) → Số (Number), 0 chữ số thập phân, rồi gõ lại con số đúng như nguồn và lưu lại. Hoặc dùng cột value_as_published ("158,8 tỷ đồng").',
        'In Excel select the column → Format Cells → Number with 0 decimals, type the number again as printed and save. Or use value_as_published.')),

  numberReadAs: (c: Cell, value: number, how: 'decimal-comma' | 'grouping' | 'decimal-point' | 'spaces') =>
    at('warning', `number.${how}`, c,
      bi(`Số "${c.value}" ở ${cellName(c).vi} được đọc là ${value}${how === 'decimal-comma' ? ' (dấu phẩy thập phân)' : how === 'decimal-point' ? ' (dấu chấm thập phân trong tệp dùng dấu chấm phẩy)' : ' (bỏ dấu phân cách hàng nghìn)'}.`,
        `Number "${c.value}" in ${cellName(c).en} was read as ${value}.`),
      bi('Dạng chuẩn: dấu chấm thập phân, không phân cách hàng nghìn.', 'Canonical: point decimal, no grouping.'),
      bi(`Không bắt buộc sửa. Có thể viết ${value} cho rõ.`, `No fix required. You may write ${value}.`)),

  percentSign: (c: Cell, value: number) =>
    at('warning', 'number.percent-sign', c,
      bi(`Dấu % ở "${c.value}" (${cellName(c).vi}) đã được bỏ; đọc là ${value}.`, `The % sign in "${c.value}" (${cellName(c).en}) was dropped; read as ${value}.`),
      bi('Chỉ con số; đơn vị đã ghi trong danh mục chỉ tiêu.', 'Only the number; the unit is in the indicator catalogue.'),
      bi(`Không bắt buộc sửa. Có thể viết ${value}.`, `No fix required. You may write ${value}.`)),

  percentSignNotPercent: (c: Cell, unit: string) =>
    at('error', 'number.percent-sign-wrong-unit', c,
      bi(`"${c.value}" có dấu % nhưng chỉ tiêu có đơn vị ${unit}, không phải phần trăm.`, `"${c.value}" has a % sign but the indicator's unit is ${unit}, not percent.`),
      bi(`Một số theo đơn vị ${unit}.`, `A number in ${unit}.`),
      bi('Kiểm tra lại mã chỉ tiêu (có thể cần chỉ tiêu tỷ lệ …_pct) hoặc bỏ dấu %.', 'Check the indicator id (perhaps the …_pct one) or drop the % sign.')),

  percentRange: (c: Cell, value: number) =>
    at('error', 'number.percent-range', c,
      bi(`Tỷ lệ ${value} ở ${cellName(c).vi} nằm ngoài khoảng 0–100.`, `Percentage ${value} in ${cellName(c).en} is outside 0–100.`),
      bi('Một tỷ lệ phần trăm từ 0 đến 100.', 'A percentage from 0 to 100.'),
      bi('Kiểm tra dấu thập phân (72,77 chứ không phải 7277) hoặc chỉ tiêu (số lượng hay tỷ lệ?).', 'Check the decimal mark (72.77, not 7277) or the indicator (count or percentage?).')),

  notWhole: (c: Cell, value: number) =>
    at('error', 'number.not-whole', c,
      bi(`Số lượng ${value} ở ${cellName(c).vi} không phải số nguyên.`, `Count ${value} in ${cellName(c).en} is not a whole number.`),
      bi('Một số nguyên (đếm được), ví dụ 1250.', 'A whole number, e.g. 1250.'),
      bi('Nếu "1.250" nghĩa là một nghìn hai trăm năm mươi, hãy viết 1250. Nếu là tỷ lệ, dùng chỉ tiêu …_pct.', 'If "1.250" means one thousand two hundred and fifty, write 1250. For a percentage use the …_pct indicator.')),

  negative: (c: Cell, value: number) =>
    at('error', 'number.negative', c,
      bi(`Giá trị âm ${value} ở ${cellName(c).vi}.`, `Negative value ${value} in ${cellName(c).en}.`),
      bi('Một số không âm.', 'A non-negative number.'),
      bi('Bỏ dấu trừ, hoặc dùng chỉ tiêu tăng/giảm (percent_change).', 'Remove the minus sign, or use a change indicator (percent_change).')),

  yearInvalid: (c: Cell, min: number, max: number) =>
    at('error', 'year.invalid', c,
      bi(`Năm "${c.value}" ở ${cellName(c).vi} không hợp lệ.`, `Year "${c.value}" in ${cellName(c).en} is not valid.`),
      bi(`Năm bốn chữ số từ ${min} đến ${max}.`, `A four-digit year from ${min} to ${max}.`),
      bi('Ghi năm của số liệu (với mục tiêu: năm đích), ví dụ 2025; giai đoạn "2021–2025" ghi năm cuối và nói rõ trong cột note.', 'Write the reference year (for a target: the target year); for a period write its last year and explain in note.')),

  yearMissingNote: (c: Cell) =>
    at('error', 'year.missing-note', c,
      bi('Ô năm để trống nhưng cột note không giải thích vì sao.', 'The year is empty but the note column does not say why.'),
      bi('Năm của số liệu; chỉ để trống khi nguồn không ghi năm.', 'The reference year; empty only when the source gives none.'),
      bi('Điền năm, hoặc ghi vào cột note: "Nguồn không ghi năm".', 'Fill in the year, or write in note: "Nguồn không ghi năm".')),

  codePadded: (c: Cell, padded: string) =>
    at('warning', 'code.padded', c,
      bi(`Mã "${c.value}" thiếu số 0 ở đầu (Excel thường tự bỏ); đã đọc là "${padded}".`, `Code "${c.value}" lost its leading zeros (Excel drops them); read as "${padded}".`),
      bi(`Mã đủ chữ số, ví dụ "${padded}".`, `The full code, e.g. "${padded}".`),
      bi('Trong Excel, định dạng cột mã là "Text" (Văn bản) trước khi nhập.', 'In Excel, format the code column as "Text" before typing.')),

  placeLevelUnknown: (c: Cell, allowed: readonly { code: string; vi: string }[]) =>
    at('error', 'place.level', c,
      bi(`Cấp đơn vị "${c.value}" không hợp lệ.`, `Place level "${c.value}" is not valid.`),
      bi(`Một trong: ${allowed.map((a) => `${a.code} (${a.vi})`).join(', ')}.`, `One of: ${allowed.map((a) => a.code).join(', ')}.`),
      bi('Chọn cấp đúng với mã đơn vị.', 'Choose the level that matches the code.')),

  placeUnknown: (c: Cell, levelVi: string, levelCode: string, hint?: Bilingual) =>
    at('error', 'place.unknown', c,
      bi(`Không có ${levelVi} nào mang mã "${c.value}".`, `No unit at level ${levelCode} has code "${c.value}".`),
      bi(`Mã chính thức của ${levelVi} (xem data/admin/).`, `An official code (see data/admin/).`),
      hint ?? bi('Tra mã trong trang tính "Đơn vị" của bảng tính mẫu, hoặc trong các tệp data/admin/ (tỉnh, xã hiện nay; tỉnh, huyện, xã cũ ngày 01/3/2025).', 'Look the code up in the template workbook\'s unit sheet, or in data/admin/.')),

  placeNameMismatch: (c: Cell, officialName: string, hint?: Bilingual) =>
    at('error', 'place.name-mismatch', c,
      bi(`Tên "${c.value}" không khớp với tên chính thức của mã này: "${officialName}". Số liệu sẽ hiển thị theo mã, tức là dưới tên ${officialName}.`, `Name "${c.value}" does not match this code's official name "${officialName}". Figures are shown by code, that is under ${officialName}.`),
      bi(`Tên của đơn vị có mã đã ghi: ${officialName}.`, `The name of the coded unit: ${officialName}.`),
      hint ?? bi('Sửa mã đơn vị cho đúng (tra trong trang tính "Đơn vị" của bảng tính mẫu), hoặc sửa tên nếu chỉ gõ nhầm tên.', 'Fix the code (look it up in the template workbook\'s unit sheet), or the name if only the name was mistyped.')),

  unknownRef: (c: Cell, what: { vi: string; en: string; where: string }, suggestion?: string) =>
    at('error', `ref.unknown-${c.columnName}`, c,
      bi(`Không có ${what.vi} nào mang mã "${c.value}".`, `No ${what.en} has id "${c.value}".`),
      bi(`Một mã có trong ${what.where}.`, `An id listed in ${what.where}.`),
      suggestion
        ? bi(`Có phải là "${suggestion}"? Nếu là mã mới, thêm một dòng vào ${what.where}.`, `Did you mean "${suggestion}"? If it is new, add a row to ${what.where}.`)
        : bi(`Sửa mã, hoặc thêm một dòng mới vào ${what.where}.`, `Fix the id, or add a new row to ${what.where}.`)),

  planOnResult: (c: Cell) =>
    at('error', 'plan.on-result', c,
      bi('Cột plan chỉ dùng cho mục tiêu (kind = target), nhưng dòng này là kết quả.', 'The plan column is for targets only (kind = target), but this row is a result.'),
      bi('Ô trống với kết quả.', 'Empty for results.'),
      bi('Xóa ô plan, hoặc sửa kind thành target nếu đây là mục tiêu.', 'Clear the plan cell, or set kind to target if this is a target.')),

  rangeOnResult: (c: Cell) =>
    at('error', 'range.on-result', c,
      bi('Cột value_max chỉ dùng cho mục tiêu công bố dưới dạng khoảng (kind = target), nhưng dòng này là kết quả.', 'The value_max column is for targets published as a range (kind = target), but this row is a result.'),
      bi('Ô trống với kết quả: một kết quả là một con số.', 'Empty for results: a result is one number.'),
      bi('Xóa ô value_max; nếu nguồn ghi "từ … đến …" cho một kết quả, ghi cận dưới vào value với qualifier = at_least và ghi cả khoảng vào note.', 'Clear value_max; for a result published as a range, put the lower end in value with qualifier at_least and the range in note.')),

  rangeReversed: (c: Cell, value: number, max: number) =>
    at('error', 'range.reversed', c,
      bi(`Cận trên ${max} nhỏ hơn hoặc bằng cận dưới ${value}.`, `The upper end ${max} is not above the lower end ${value}.`),
      bi('value là cận dưới, value_max là cận trên, lớn hơn value (ví dụ 32000 và 35000).', 'value is the lower end, value_max the upper end, greater than value (e.g. 32000 and 35000).'),
      bi('Kiểm tra xem hai cột value và value_max có bị đảo chỗ không.', 'Check whether value and value_max are swapped.')),

  numeratorGtDenominator: (c: Cell, numerator: number, denominator: number) =>
    at('error', 'ratio.numerator-gt-denominator', c,
      bi(`Tử số ${numerator} lớn hơn mẫu số ${denominator}.`, `Numerator ${numerator} is greater than denominator ${denominator}.`),
      bi('Tử số không lớn hơn mẫu số (ví dụ 163055 trên 195201).', 'Numerator not greater than denominator.'),
      bi('Kiểm tra xem hai cột numerator và denominator có bị đảo chỗ không.', 'Check whether numerator and denominator are swapped.')),

  ratioInconsistent: (c: Cell, value: number, computed: number) =>
    at('warning', 'ratio.inconsistent', c,
      bi(`Tỷ lệ ghi ${value} khác tỷ lệ tính từ tử số/mẫu số (${computed.toFixed(2)}).`, `The stated percentage ${value} differs from numerator/denominator (${computed.toFixed(2)}).`),
      bi('Tỷ lệ khớp với tử số/mẫu số (chênh không quá 0,5 điểm).', 'A percentage within 0.5 points of numerator/denominator.'),
      bi('Nếu nguồn in đúng như vậy, giữ nguyên và ghi chú vào cột note; nếu không, sửa lỗi gõ.', 'If the source prints it so, keep it and explain in note; otherwise fix the typo.')),

  duplicateObservation: (file: string, line: number, first: { file: string; line: number }, where: SheetAt = {}) =>
    at('error', 'duplicate.observation', { file, line, ...where },
      bi(`${rowWord(where, line).vi} trùng với ${first.file}:${first.line} (cùng đơn vị, chỉ tiêu, loại, năm, cơ sở, nguồn và variant: cùng một mã số liệu).`, `${rowWord(where, line).en} duplicates ${first.file}:${first.line} (same place, indicator, kind, year, basis, source and variant: the same figure id).`),
      bi('Mỗi số liệu một dòng.', 'One row per figure.'),
      bi('Xóa một trong hai dòng; nếu hai con số khác nhau, kiểm tra lại năm, cơ sở (basis) hoặc nguồn. Nếu một nguồn thật sự cho hai con số (ví dụ 6 tháng đầu năm và cả năm), ghi vào cột variant của mỗi dòng một mã ngắn khác nhau (ví dụ 6-thang, ca-nam).', 'Delete one of the two rows; if the numbers differ, check the year, basis or source. If one source really gives two figures (e.g. half-year and full year), give each row a different short code in the variant column (e.g. 6-thang, ca-nam).')),

  variantInvalid: (c: Cell) =>
    at('error', 'variant.invalid', c,
      bi(`Mã phân biệt "${c.value}" ở ${cellName(c).vi} không hợp lệ.`, `Variant "${c.value}" in ${cellName(c).en} is not valid.`),
      bi('Tối đa 20 ký tự: chữ thường không dấu, chữ số và dấu gạch nối, bắt đầu bằng chữ hoặc số (ví dụ 6-thang).', 'At most 20 characters: lower-case ASCII letters, digits and hyphens, starting with a letter or digit (e.g. 6-thang).'),
      bi('Viết lại mã không dấu, không khoảng trắng, hoặc để trống nếu nguồn chỉ cho một con số.', 'Rewrite it without accents or spaces, or leave it empty when the source gives one figure.')),

  duplicateId: (c: Cell, first: { file: string; line: number }) =>
    at('error', 'duplicate.id', c,
      bi(`Mã "${c.value}" đã dùng ở ${first.file}:${first.line}.`, `Id "${c.value}" is already used at ${first.file}:${first.line}.`),
      bi('Mỗi mã chỉ dùng một lần.', 'Each id used once.'),
      bi('Đổi mã khác, hoặc xóa dòng trùng.', 'Choose another id, or delete the duplicate row.')),

  idInvalid: (c: Cell, pattern: Bilingual) =>
    at('error', 'id.invalid', c,
      bi(`Mã "${c.value}" không đúng dạng.`, `Id "${c.value}" is not well formed.`),
      pattern,
      bi('Chỉ dùng chữ thường không dấu, chữ số và dấu nối như mô tả.', 'Use only the characters described.')),

  dateInvalid: (c: Cell) =>
    at('error', 'date.invalid', c,
      bi(`Ngày "${c.value}" không hợp lệ.`, `Date "${c.value}" is not valid.`),
      bi('YYYY-MM-DD, YYYY-MM, YYYY hoặc dd/mm/yyyy, ví dụ 2021-07-30 hoặc 30/07/2021.', 'YYYY-MM-DD, YYYY-MM, YYYY or dd/mm/yyyy.'),
      bi('Sửa ngày; nếu không biết ngày, để trống.', 'Fix the date; leave it empty if unknown.')),

  urlInvalid: (c: Cell) =>
    at('error', 'url.invalid', c,
      bi(`Đường dẫn "${c.value}" không hợp lệ.`, `URL "${c.value}" is not valid.`),
      bi('Một địa chỉ bắt đầu bằng https:// hoặc http://.', 'An address starting with https:// or http://.'),
      bi('Sao chép lại địa chỉ từ thanh địa chỉ của trình duyệt.', 'Copy the address again from the browser.')),

  urlMissing: (c: Cell) =>
    at('error', 'source.url-missing', c,
      bi('Nguồn không có đường dẫn và cột note không giải thích vì sao.', 'The source has no URL and the note does not say why.'),
      bi('Đường dẫn tới văn bản hoặc bài báo.', 'A link to the document or article.'),
      bi('Điền đường dẫn; nếu thật sự không có, ghi lý do vào cột note (văn bản thì ghi cả số hiệu).', 'Add the link; if there is none, give the reason in note.')),

  denominatorMissing: (c: Cell) =>
    at('error', 'indicator.denominator-missing', c,
      bi('Chỉ tiêu tỷ lệ phần trăm phải ghi mẫu số là gì.', 'A percentage indicator must say what its denominator is.'),
      bi('Ví dụ: "tổng số hộ gia đình", "dân số".', 'E.g. "tổng số hộ gia đình" (all households).'),
      bi('Điền cột denominator.', 'Fill in the denominator column.')),

  unusedSource: (file: string, line: number, id: string) =>
    at('warning', 'source.unused', { file, line, column: 1, columnName: 'id', value: id },
      bi(`Nguồn "${id}" không được số liệu nào dùng.`, `Source "${id}" is not used by any figure.`),
      undefined,
      bi('Không bắt buộc sửa. Xóa dòng nếu không cần.', 'No fix required. Delete the row if not needed.')),

  tooLong: (c: Cell, max: number) =>
    at('error', 'text.too-long', c,
      bi(`Ô ${cellName(c).vi} quá dài: nhiều hơn ${max} ký tự.`, `Cell ${cellName(c).en} is too long: more than ${max} characters.`),
      bi(`Tối đa ${max} ký tự (một câu hoặc một đoạn trích).`, `At most ${max} characters (a sentence or a paragraph).`),
      bi('Chỉ giữ câu có con số; thường do dán nhầm cả bài hoặc cả tệp vào một ô.', 'Keep only the sentence with the number; usually a whole article or file pasted into one cell.')),

  valueMissing: (c: Cell) =>
    at('error', 'cell.required', c,
      bi(`Ô bắt buộc ${cellName(c).vi} đang trống, và cột value_as_published cũng trống.`, `Required cell ${cellName(c).en} is empty, and so is value_as_published.`),
      bi('Con số như nguồn in ở value, hoặc nguyên văn ở value_as_published.', 'The number in value, or the text as printed in value_as_published.'),
      bi('Điền con số; nếu nguồn viết "24,464 tỷ đồng", chép nguyên văn vào value_as_published và để value trống.', 'Fill in the number; for "24,464 tỷ đồng", copy it into value_as_published and leave value empty.')),

  currentUnitTooEarly: (c: Cell, levelVi: string, year: number, from: number) =>
    at('error', 'place.current-unit-before-reform', c,
      bi(`Số liệu năm ${year} được ghi cho một ${levelVi}, nhưng đơn vị hiện nay chỉ có từ 01/7/${from}.`, `A figure of ${year} is given for a current unit, which exists only from 1 July ${from}.`),
      bi(`Với năm trước ${from}: đơn vị cũ (former_province, former_district, former_commune) và mã ngày 01/3/2025.`, `Before ${from}: the former unit (former_province, former_district, former_commune) and its 2025-03-01 code.`),
      bi('Ghi số liệu cho tỉnh, huyện hoặc xã cũ mà nguồn nói đến (tra trong trang tính "Đơn vị" của bảng tính mẫu); trang web tự hiển thị nó dưới đơn vị mới. Nếu năm sai, sửa năm.', 'Give the figure to the former unit the source speaks of; the site shows it under the new unit. If the year is wrong, fix the year.')),

  exampleRow: (c: Cell) =>
    at('error', 'row.template-example', c,
      bi(`Dòng ví dụ của tệp mẫu ("${c.value}") vẫn còn trong dữ liệu: nó sẽ được công bố như một số liệu thật.`, `The template's example row ("${c.value}") is still in the data: it would be published as a real figure.`),
      bi('Chỉ số liệu thật, có nguồn thật.', 'Only real figures with real sources.'),
      bi('Xóa dòng ví dụ (ghi chú "Ví dụ — xóa dòng này trước khi dùng").', 'Delete the example row.')),

  duplicateUrl: (c: Cell, firstId: string, first: { file: string; line: number }) =>
    at('error', 'source.duplicate-url', c,
      bi(`Đường dẫn này đã được khai báo cho nguồn "${firstId}" ở ${first.file}:${first.line}.`, `This URL is already declared for source "${firstId}" at ${first.file}:${first.line}.`),
      bi('Mỗi văn bản, bài báo một mã nguồn.', 'One source id per document or article.'),
      bi(`Xóa dòng này và dùng mã "${firstId}" ở cột source của số liệu.`, `Delete this row and use "${firstId}" in the figures' source column.`)),

  magnitude: (c: Cell, value: number, unitVi: string, min: number) => {
    // The figure as staff would copy it from a Vietnamese source: "36,7", not "36.7".
    const vi = String(value).replace('.', ',');
    return at('error', 'number.magnitude', c,
      bi(`Giá trị ${value} ${unitVi} quá nhỏ để là con số thật (dưới ${min.toLocaleString('vi-VN')} ${unitVi}): có thể nguồn viết kèm "nghìn", "triệu" hoặc "tỷ" mà chữ đó bị bỏ.`,
        `The value ${value} (${unitVi}) is too small to be real (below ${min.toLocaleString('en-US')}): the source probably wrote "thousand", "million" or "billion" and the word was dropped.`),
      bi(`Con số tính bằng ${unitVi}, không phải nghìn, triệu hay tỷ ${unitVi}.`, `A number in ${unitVi}, not in thousands, millions or billions.`),
      bi(`Chép nguyên văn con số của nguồn vào cột value_as_published (ví dụ "${vi} tỷ đồng") và để value trống: chương trình tự đổi, không ai phải tính tay. Nếu nguồn thật sự ghi ${vi} ${unitVi}, chép nguyên văn "${vi} ${unitVi}" vào value_as_published để xác nhận.`,
        `Copy the source's figure into value_as_published (e.g. "${vi} tỷ đồng") and leave value empty: it is converted for you. If the source really says ${value} ${unitVi}, copy that text into value_as_published to confirm it.`));
  },

  publishedUnreadable: (c: Cell) =>
    at('error', 'published.unreadable', c,
      bi(`Không đọc được con số trong "${c.value}" (${cellName(c).vi}).`, `No figure can be read in "${c.value}" (${cellName(c).en}).`),
      bi('Một con số như nguồn viết, có thể kèm "hơn", "khoảng", "nghìn", "triệu", "tỷ", "%", "đồng": ví dụ "hơn 1,5 triệu", "24,464 tỷ đồng", "85,2%".', 'A figure as printed, possibly with its words: e.g. "hơn 1,5 triệu", "24,464 tỷ đồng", "85,2%".'),
      bi('Chỉ chép phần con số của câu trích (câu đầy đủ ghi ở cột quote).', 'Copy only the figure; the whole sentence goes in quote.')),

  publishedMismatch: (c: Cell, value: number, converted: number) =>
    at('error', 'published.mismatch', c,
      bi(`"${c.value}" đổi ra ${converted}, nhưng cột value ghi ${value}.`, `"${c.value}" converts to ${converted}, but value says ${value}.`),
      bi('value bằng con số đổi từ value_as_published, hoặc để trống.', 'value equal to the conversion of value_as_published, or empty.'),
      bi(`Để trống ô value (chương trình tự điền ${converted}), hoặc sửa một trong hai ô.`, `Leave value empty (${converted} is filled in), or fix one of the two cells.`)),

  publishedUnit: (c: Cell, found: string, unitVi: string) =>
    at('error', 'published.unit', c,
      bi(`"${c.value}" là ${found}, nhưng chỉ tiêu tính bằng ${unitVi}.`, `"${c.value}" is ${found}, but the indicator is in ${unitVi}.`),
      bi(`Một con số tính bằng ${unitVi}.`, `A figure in ${unitVi}.`),
      bi('Kiểm tra mã chỉ tiêu (tỷ lệ hay số lượng, đồng hay đồng/người?).', 'Check the indicator (percentage or count, đồng or per person?).')),

  qualifierMismatch: (c: Cell, fromText: string, given: string) =>
    at('error', 'published.qualifier', c,
      bi(`"${c.value}" có chữ "${fromText}" nhưng cột qualifier ghi ${given}.`, `"${c.value}" says "${fromText}" but qualifier is ${given}.`),
      bi('qualifier khớp với chữ của nguồn, hoặc để trống để lấy theo value_as_published.', 'qualifier matching the source\'s words, or empty to take it from value_as_published.'),
      bi('Để trống ô qualifier, hoặc sửa cho khớp.', 'Leave qualifier empty, or make it match.')),
};

export const msg = { ...fileMessages, ...figureMessages };
