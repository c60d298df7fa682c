/**
 * Every validation message, in Vietnamese then English, in one place.
 * Each factory returns a complete Problem: what was found, what was expected, how to fix it.
 * Tests snapshot these texts, so wording changes are deliberate.
 */
import type { Bilingual, Problem, Severity } from './problems.ts';
import { columnLetter } from './problems.ts';

export interface Cell {
  file: string;
  line: number;
  column: number;
  columnName: string;
  value: string;
}

const bi = (vi: string, en: string): Bilingual => ({ vi, en });

function at(
  severity: Severity,
  code: string,
  loc: { file: string; line: number; column?: number; columnName?: string; value?: string },
  message: Bilingual,
  expected?: Bilingual,
  fix?: Bilingual,
): Problem {
  const p: Problem = {
    severity,
    code,
    file: loc.file,
    line: loc.line,
    column: loc.column ?? 0,
    message,
  };
  if (loc.columnName !== undefined) p.columnName = loc.columnName;
  if (loc.value !== undefined) p.value = loc.value;
  if (expected) p.expected = expected;
  if (fix) p.fix = fix;
  return p;
}

const cellName = (c: Cell): Bilingual =>
  bi(`cột ${columnLetter(c.column)} (${c.columnName})`, `column ${columnLetter(c.column)} (${c.columnName})`);

const EXCEL_UTF8 = bi(
  'Mở tệp trong Excel → Tệp (File) → Lưu thành (Save As) → chọn kiểu "CSV UTF-8 (Comma delimited) (*.csv)" → Lưu. Trong LibreOffice: chọn "Văn bản CSV", bộ ký tự "Unicode (UTF-8)".',
  'Open the file in Excel → File → Save As → type "CSV UTF-8 (Comma delimited) (*.csv)" → Save. In LibreOffice: "Text CSV", character set "Unicode (UTF-8)".',
);

export const msg = {
  utf16: (file: string) =>
    at('error', 'encoding.utf16', { file, line: 1 },
      bi('Tệp được lưu ở dạng UTF-16 ("Unicode Text" của Excel), không phải CSV UTF-8.',
        'The file is saved as UTF-16 (Excel "Unicode Text"), not CSV UTF-8.'),
      bi('Tệp CSV mã hóa UTF-8.', 'A CSV file encoded as UTF-8.'), EXCEL_UTF8),

  notUtf8: (file: string, line: number, bytes: string) =>
    at('error', 'encoding.not-utf8', { file, line, value: `0x${bytes}` },
      bi(`Tệp không phải UTF-8: dòng ${line} có byte ${bytes} không đọc được (thường do lưu bằng "CSV (Comma delimited)" với bảng mã Windows-1258, làm hỏng chữ có dấu).`,
        `The file is not UTF-8: line ${line} has bytes ${bytes} that cannot be read (usually "CSV (Comma delimited)" saved in the Windows-1258 code page, which breaks Vietnamese letters).`),
      bi('Tệp CSV mã hóa UTF-8.', 'A CSV file encoded as UTF-8.'), EXCEL_UTF8),

  emptyFile: (file: string) =>
    at('error', 'file.empty', { file, line: 1 },
      bi('Tệp trống, không có cả dòng tiêu đề.', 'The file is empty; it has no header line.'),
      bi('Dòng đầu là tên các cột, các dòng sau là dữ liệu.', 'A header line of column names, then data rows.'),
      bi('Sao chép dòng tiêu đề từ tệp mẫu trong data/templates/, hoặc xóa tệp này.', 'Copy the header line from the template in data/templates/, or delete this file.')),

  badQuotes: (file: string, line: number) =>
    at('error', 'csv.quotes', { file, line },
      bi(`Dòng ${line} có dấu ngoặc kép (") không được đóng hoặc đặt sai chỗ.`, `Line ${line} has a double quote (") that is not closed or is misplaced.`),
      bi('Mỗi ô có dấu phẩy, chấm phẩy hoặc xuống dòng được đặt trong một cặp ngoặc kép; ngoặc kép bên trong được viết hai lần ("").', 'A cell containing a separator or a line break is wrapped in double quotes; quotes inside it are doubled ("").'),
      bi('Mở tệp bằng Excel và lưu lại dạng "CSV UTF-8", hoặc sửa ngoặc kép ở dòng này.', 'Open the file in Excel and save it again as "CSV UTF-8", or fix the quotes on this line.')),

  missingColumn: (file: string, name: string, expected: readonly string[]) =>
    at('error', 'header.missing-column', { file, line: 1, columnName: name },
      bi(`Thiếu cột bắt buộc "${name}".`, `Required column "${name}" is missing.`),
      bi(`Các cột: ${expected.join(', ')}.`, `Columns: ${expected.join(', ')}.`),
      bi(`Thêm cột "${name}" vào dòng tiêu đề (xem tệp mẫu trong data/templates/).`, `Add the column "${name}" to the header line (see the template in data/templates/).`)),

  unexpectedColumn: (file: string, column: number, name: string, expected: readonly string[], suggestion?: string) =>
    at('error', 'header.unexpected-column', { file, line: 1, column, columnName: name, value: name },
      bi(`Cột lạ "${name}" ở cột ${columnLetter(column)}.`, `Unexpected column "${name}" at column ${columnLetter(column)}.`),
      bi(`Chỉ các cột: ${expected.join(', ')}.`, `Only these columns: ${expected.join(', ')}.`),
      suggestion
        ? bi(`Có phải là "${suggestion}"? Sửa tên cột cho đúng.`, `Did you mean "${suggestion}"? Correct the column name.`)
        : bi('Xóa cột này hoặc sửa tên cho đúng với tệp mẫu.', 'Delete this column or rename it as in the template.')),

  duplicateColumn: (file: string, column: number, name: string) =>
    at('error', 'header.duplicate-column', { file, line: 1, column, columnName: name, value: name },
      bi(`Cột "${name}" xuất hiện hai lần.`, `Column "${name}" appears twice.`),
      bi('Mỗi cột một lần.', 'Each column once.'),
      bi('Xóa cột thừa.', 'Delete the extra column.')),

  emptyRow: (file: string, line: number) =>
    at('warning', 'row.empty', { file, line },
      bi(`Dòng ${line} trống, đã bỏ qua (không có dữ liệu nào bị mất).`, `Line ${line} is empty and was skipped (no data is lost).`),
      undefined,
      bi('Có thể xóa dòng trống này.', 'You may delete this empty line.')),

  tooManyCells: (file: string, line: number, found: number, expected: number, delimiter: string) =>
    at('error', 'row.too-many-cells', { file, line, column: expected + 1 },
      bi(`Dòng ${line} có ${found} ô, nhiều hơn ${expected} cột của tiêu đề.`, `Line ${line} has ${found} cells, more than the ${expected} header columns.`),
      bi(`Đúng ${expected} ô mỗi dòng.`, `Exactly ${expected} cells per line.`),
      delimiter === ','
        ? bi('Thường do một số viết với dấu phẩy thập phân (12,5) hoặc một đoạn văn có dấu phẩy mà không nằm trong ngoặc kép. Đặt ô đó trong ngoặc kép, hoặc lưu lại từ Excel dạng "CSV UTF-8".', 'Usually a decimal comma (12,5) or a text with a comma that is not in double quotes. Quote that cell, or save again from Excel as "CSV UTF-8".')
        : bi('Thường do một đoạn văn có dấu chấm phẩy mà không nằm trong ngoặc kép. Đặt ô đó trong ngoặc kép.', 'Usually a text with a semicolon that is not in double quotes. Quote that cell.')),

  tooFewCells: (file: string, line: number, found: number, expected: number) =>
    at('error', 'row.too-few-cells', { file, line, column: found + 1 },
      bi(`Dòng ${line} chỉ có ${found} ô, ít hơn ${expected} cột của tiêu đề.`, `Line ${line} has only ${found} cells, fewer than the ${expected} header columns.`),
      bi(`Đúng ${expected} ô mỗi dòng (ô trống vẫn phải có dấu phân cách).`, `Exactly ${expected} cells per line (empty cells still need their separator).`),
      bi('Kiểm tra dòng này có bị xuống dòng giữa chừng không, hoặc thêm các ô còn thiếu.', 'Check whether the line was broken in two, or add the missing cells.')),

  required: (c: Cell) =>
    at('error', 'cell.required', c,
      bi(`Ô bắt buộc ${cellName(c).vi} đang trống.`, `Required cell ${cellName(c).en} is empty.`),
      undefined,
      bi('Điền giá trị cho ô này (xem data/README.md).', 'Fill in this cell (see data/README.md).')),

  notNfc: (file: string, line: number, column: number, columnName: string, count: number) =>
    at('warning', 'text.nfc', { file, line, column, columnName },
      bi(`Có ${count} ô viết chữ có dấu ở dạng tổ hợp (không phải Unicode NFC), ô đầu tiên ở dòng ${line}; đã tự chuẩn hóa sang NFC.`,
        `${count} cells use decomposed Vietnamese letters (not Unicode NFC), the first at line ${line}; they were normalised to NFC.`),
      bi('Chữ có dấu dựng sẵn (NFC).', 'Precomposed letters (NFC).'),
      bi('Không bắt buộc sửa. Nên gõ bằng bộ gõ Unicode dựng sẵn (Unikey: bảng mã "Unicode").', 'No fix required. Prefer a precomposed Unicode input method (Unikey: "Unicode" charset).')),

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

  numberAmbiguous: (c: Cell, readings: [string, string]) =>
    at('error', 'number.ambiguous', c,
      bi(`Số "${c.value}" ở ${cellName(c).vi} không rõ nghĩa: có thể là ${readings[0]} hoặc ${readings[1]}.`, `Number "${c.value}" in ${cellName(c).en} is ambiguous: it could be ${readings[0]} or ${readings[1]}.`),
      bi('Số viết dấu chấm thập phân và không có dấu phân cách hàng nghìn, ví dụ 32000 hoặc 12.5.', 'A point decimal without thousands separators, e.g. 32000 or 12.5.'),
      bi(`Viết lại số không có dấu phân cách hàng nghìn (ví dụ ${readings[1].replace(/\./g, '')}), hoặc lưu tệp từ Excel tiếng Việt với dấu chấm phẩy (;).`, `Write the number without thousands separators, or save from Vietnamese-locale Excel with semicolons (;).`)),

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
      hint ?? bi('Tra mã trong các tệp data/admin/ (tỉnh, xã hiện nay; tỉnh, huyện, xã cũ ngày 01/3/2025).', 'Look the code up in data/admin/.')),

  placeNameMismatch: (c: Cell, officialName: string) =>
    at('warning', 'place.name-mismatch', c,
      bi(`Tên "${c.value}" không khớp với tên chính thức của mã này: "${officialName}".`, `Name "${c.value}" does not match this code's official name "${officialName}".`),
      bi(`Tên của đơn vị có mã đã ghi: ${officialName}.`, `The name of the coded unit: ${officialName}.`),
      bi('Kiểm tra lại mã đơn vị: số liệu sẽ hiển thị theo mã, không theo tên.', 'Check the code: figures are shown by code, not by name.')),

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

  duplicateObservation: (file: string, line: number, first: { file: string; line: number }) =>
    at('error', 'duplicate.observation', { file, line },
      bi(`Dòng ${line} trùng với ${first.file}:${first.line} (cùng đơn vị, chỉ tiêu, loại, năm, cơ sở, nguồn và variant: cùng một mã số liệu).`, `Line ${line} duplicates ${first.file}:${first.line} (same place, indicator, kind, year, basis, source and variant: the same figure id).`),
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

  adminDuplicate: (c: Cell) =>
    at('error', 'admin.duplicate-code', c,
      bi(`Mã "${c.value}" lặp lại trong danh mục đơn vị hành chính.`, `Code "${c.value}" is repeated in the administrative list.`),
      bi('Mỗi mã một dòng.', 'One row per code.'),
      bi('Tệp trong data/admin/ là bản sao từ nguồn chính thức: chép lại từ nguồn, không sửa tay.', 'Files in data/admin/ are copies of official lists: copy them again, do not edit by hand.')),

  crosswalkNamesake: (c: Cell, oldName: string, newName: string, namesake: string) =>
    at('error', 'crosswalk.namesake', c,
      bi(`${oldName} được ghi là nhập một phần vào ${newName}, nơi cũng nhận ${namesake} cùng tên ở một huyện khác: có thể đã nhầm hai đơn vị trùng tên.`,
        `${oldName} is sent partly to ${newName}, which also receives the namesake ${namesake} of another district: the two may have been mixed up.`),
      bi('Mỗi xã cũ chỉ được gửi tới xã mới theo đúng nghị quyết sắp xếp.', 'Each former commune goes to the new units its resolution names.'),
      bi('Đối chiếu nghị quyết: nếu nhầm, sửa hoặc xóa dòng này; nếu đúng, ghi lý do vào cột qa_note của dòng.', 'Check the resolution: if it is a mix-up, fix or delete this row; if it is right, say why in the row\'s qa_note.')),

  adminUnknownParent: (c: Cell, what: string) =>
    at('error', 'admin.unknown-parent', c,
      bi(`Mã ${what} "${c.value}" không có trong danh mục.`, `${what} code "${c.value}" is not in the list.`),
      bi('Mã có trong danh mục tương ứng của data/admin/.', 'A code present in the matching list in data/admin/.'),
      bi('Tệp trong data/admin/ là bản sao từ nguồn chính thức: chép lại từ nguồn, không sửa tay.', 'Files in data/admin/ are copies of official lists: copy them again, do not edit by hand.')),

  datasetInvalid: (file: string, detail: string) =>
    at('error', 'dataset.invalid', { file, line: 1 },
      bi(`Tệp mô tả bộ dữ liệu không hợp lệ: ${detail}.`, `The dataset description is not valid: ${detail}.`),
      bi('JSON có "name" (chuỗi) và "illustrative" (true/false).', 'JSON with "name" (string) and "illustrative" (true/false).'),
      bi('Sửa tệp dataset.json theo mẫu trong data/README.md.', 'Fix dataset.json as in data/README.md.')),

  missingFolder: (file: string) =>
    at('error', 'folder.missing', { file, line: 0 },
      bi(`Không tìm thấy tệp hoặc thư mục ${file}.`, `${file} was not found.`),
      undefined,
      bi('Khôi phục tệp này từ kho mã (git).', 'Restore it from the repository (git).')),
};
