/**
 * Messages about files and their structure (encoding, header, rows, workbooks and sheets, what sits
 * where a file should be) and about the official lists and boundaries: what was found, what was
 * expected, how to fix it, in Vietnamese then English. Part of `msg` (messages.ts).
 */
import { columnLetter, type Bilingual } from './problems.ts';
import { at, bi, cellName, EXCEL_UTF8, rowWord, type Cell, type SheetAt } from './messages-base.ts';

export const fileMessages = {
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

  missingColumn: (file: string, name: string, expected: readonly string[], where: SheetAt = {}) =>
    at('error', 'header.missing-column', { file, line: 1, columnName: name, ...where },
      bi(`Thiếu cột bắt buộc "${name}".`, `Required column "${name}" is missing.`),
      bi(`Các cột: ${expected.join(', ')}.`, `Columns: ${expected.join(', ')}.`),
      bi(`Thêm cột "${name}" vào dòng tiêu đề (xem tệp mẫu trong data/templates/).`, `Add the column "${name}" to the header line (see the template in data/templates/).`)),

  unexpectedColumn: (file: string, column: number, name: string, expected: readonly string[], suggestion?: string, where: SheetAt = {}) =>
    at('error', 'header.unexpected-column', { file, line: 1, column, columnName: name, value: name, ...where },
      bi(`Cột lạ "${name}" ở cột ${columnLetter(column)}.`, `Unexpected column "${name}" at column ${columnLetter(column)}.`),
      bi(`Chỉ các cột: ${expected.join(', ')}.`, `Only these columns: ${expected.join(', ')}.`),
      suggestion
        ? bi(`Có phải là "${suggestion}"? Sửa tên cột cho đúng.`, `Did you mean "${suggestion}"? Correct the column name.`)
        : bi('Xóa cột này hoặc sửa tên cho đúng với tệp mẫu.', 'Delete this column or rename it as in the template.')),

  duplicateColumn: (file: string, column: number, name: string, where: SheetAt = {}) =>
    at('error', 'header.duplicate-column', { file, line: 1, column, columnName: name, value: name, ...where },
      bi(`Cột "${name}" xuất hiện hai lần.`, `Column "${name}" appears twice.`),
      bi('Mỗi cột một lần.', 'Each column once.'),
      bi('Xóa cột thừa.', 'Delete the extra column.')),

  emptyRow: (file: string, line: number, row?: number) =>
    at('warning', 'row.empty', { file, line, ...(row === undefined ? {} : { row }) },
      bi(`Dòng ${line} trống, đã bỏ qua (không có dữ liệu nào bị mất).`, `Line ${line} is empty and was skipped (no data is lost).`),
      undefined,
      bi('Có thể xóa dòng trống này.', 'You may delete this empty line.')),

  tooManyCells: (file: string, line: number, found: number, expected: number, delimiter: string, row?: number) =>
    at('error', 'row.too-many-cells', { file, line, column: expected + 1, ...(row === undefined ? {} : { row }) },
      bi(`Dòng ${line} có ${found} ô, nhiều hơn ${expected} cột của tiêu đề.`, `Line ${line} has ${found} cells, more than the ${expected} header columns.`),
      bi(`Đúng ${expected} ô mỗi dòng.`, `Exactly ${expected} cells per line.`),
      delimiter === ','
        ? bi('Thường do một số viết với dấu phẩy thập phân (12,5) hoặc một đoạn văn có dấu phẩy mà không nằm trong ngoặc kép. Đặt ô đó trong ngoặc kép, hoặc lưu lại từ Excel dạng "CSV UTF-8".', 'Usually a decimal comma (12,5) or a text with a comma that is not in double quotes. Quote that cell, or save again from Excel as "CSV UTF-8".')
        : bi('Thường do một đoạn văn có dấu chấm phẩy mà không nằm trong ngoặc kép. Đặt ô đó trong ngoặc kép.', 'Usually a text with a semicolon that is not in double quotes. Quote that cell.')),

  tooFewCells: (file: string, line: number, found: number, expected: number, row?: number) =>
    at('error', 'row.too-few-cells', { file, line, column: found + 1, ...(row === undefined ? {} : { row }) },
      bi(`Dòng ${line} chỉ có ${found} ô, ít hơn ${expected} cột của tiêu đề.`, `Line ${line} has only ${found} cells, fewer than the ${expected} header columns.`),
      bi(`Đúng ${expected} ô mỗi dòng (ô trống vẫn phải có dấu phân cách).`, `Exactly ${expected} cells per line (empty cells still need their separator).`),
      bi('Kiểm tra dòng này có bị xuống dòng giữa chừng không, hoặc thêm các ô còn thiếu.', 'Check whether the line was broken in two, or add the missing cells.')),

  notNfc: (file: string, line: number, column: number, columnName: string, count: number) =>
    at('warning', 'text.nfc', { file, line, column, columnName },
      bi(`Có ${count} ô viết chữ có dấu ở dạng tổ hợp (không phải Unicode NFC), ô đầu tiên ở dòng ${line}; đã tự chuẩn hóa sang NFC.`,
        `${count} cells use decomposed Vietnamese letters (not Unicode NFC), the first at line ${line}; they were normalised to NFC.`),
      bi('Chữ có dấu dựng sẵn (NFC).', 'Precomposed letters (NFC).'),
      bi('Không bắt buộc sửa. Nên gõ bằng bộ gõ Unicode dựng sẵn (Unikey: bảng mã "Unicode").', 'No fix required. Prefer a precomposed Unicode input method (Unikey: "Unicode" charset).')),

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

  xlsOld: (file: string) =>
    at('error', 'xlsx.old-format', { file, line: 0 },
      bi('Tệp là bảng tính Excel kiểu cũ (.xls, Excel 97–2003), chương trình không đọc kiểu này.', 'The file is an old-style Excel workbook (.xls, Excel 97–2003), which is not read.'),
      bi('Bảng tính .xlsx hoặc tệp CSV UTF-8.', 'An .xlsx workbook or a CSV UTF-8 file.'),
      bi('Mở tệp trong Excel → Tệp (File) → Lưu thành (Save As) → chọn "Excel Workbook (*.xlsx)" → Lưu.', 'Open it in Excel → File → Save As → "Excel Workbook (*.xlsx)".')),

  xlsxUnreadable: (file: string, detail: string) =>
    at('error', 'xlsx.unreadable', { file, line: 0, value: detail },
      bi('Không đọc được bảng tính: tệp hỏng, có mật khẩu, hoặc không phải tệp .xlsx thật (chỉ đổi đuôi tên).', 'The workbook cannot be read: damaged, password-protected, or not really an .xlsx file (only renamed).'),
      bi('Một bảng tính .xlsx lưu bằng Excel, LibreOffice hoặc Google Sheets, không đặt mật khẩu.', 'An .xlsx workbook saved by Excel, LibreOffice or Google Sheets, without a password.'),
      bi('Mở tệp trong Excel, bỏ mật khẩu nếu có, rồi Lưu thành (Save As) "Excel Workbook (*.xlsx)".', 'Open it in Excel, remove any password, and Save As "Excel Workbook (*.xlsx)".')),

  unknownSheet: (file: string, sheet: string, known: readonly string[]) =>
    at('error', 'xlsx.unknown-sheet', { file, line: 0, sheet, value: sheet },
      bi(`Không biết trang tính '${sheet}' chứa gì: bảng tính có nhiều trang tính thì mỗi trang phải mang một tên của bảng tính mẫu.`, `Sheet '${sheet}' is not known: in a workbook of several sheets each must have a name from the template.`),
      bi(`Tên trang tính: ${known.map((k) => `'${k}'`).join(', ')}.`, `Sheet names: ${known.map((k) => `'${k}'`).join(', ')}.`),
      bi('Đổi tên trang tính cho đúng (nhấp đúp vào tên ở dưới cùng), hoặc xóa trang tính không cần.', 'Rename the sheet (double-click its tab), or delete it.')),

  unnamedColumn: (c: Cell) =>
    at('error', 'header.unnamed-column', c,
      bi(`Cột ${columnLetter(c.column)} có dữ liệu ("${c.value}") nhưng không có tên ở dòng tiêu đề: cả cột sẽ bị bỏ.`, `Column ${columnLetter(c.column)} holds data ("${c.value}") but has no name in the header: the whole column would be dropped.`),
      bi('Mỗi cột có dữ liệu đều có tên ở dòng đầu.', 'Every column with data has a name in the first row.'),
      bi('Ghi tên cột (theo tệp mẫu) vào ô tiêu đề trống, hoặc xóa dữ liệu thừa ở cột này.', 'Write the column name (as in the template) in the empty header cell, or delete the stray data.')),

  notAFile: (file: string, what: { vi: string; en: string }) =>
    at('error', 'file.not-a-file', { file, line: 0 },
      bi(`${file} là ${what.vi}, không phải một tệp dữ liệu.`, `${file} is ${what.en}, not a data file.`),
      bi('Một tệp .csv hoặc .xlsx bình thường.', 'An ordinary .csv or .xlsx file.'),
      bi('Xóa hoặc đổi tên mục này, rồi đặt tệp dữ liệu thật vào đúng chỗ.', 'Delete or rename it, and put the real data file in its place.')),

  brokenLink: (file: string) =>
    at('error', 'file.broken-link', { file, line: 0 },
      bi(`${file} là một liên kết (symlink) trỏ tới tệp không tồn tại.`, `${file} is a symbolic link to a file that does not exist.`),
      bi('Một tệp .csv hoặc .xlsx bình thường.', 'An ordinary .csv or .xlsx file.'),
      bi('Thay liên kết bằng chính tệp dữ liệu, hoặc xóa nó.', 'Replace the link with the data file itself, or delete it.')),

  unreadableFile: (file: string, detail: string) =>
    at('error', 'file.unreadable', { file, line: 0, value: detail },
      bi(`Không đọc được ${file}.`, `${file} cannot be read.`),
      undefined,
      bi('Kiểm tra quyền đọc của tệp, hoặc khôi phục tệp từ kho mã (git).', 'Check the file\'s permissions, or restore it from the repository (git).')),

  adminTotal: (file: string, what: { vi: string; en: string }, found: number, expected: number) =>
    at('error', 'admin.total', { file, line: 0, value: String(found) },
      bi(`Danh sách có ${found} ${what.vi}, trong khi số chính thức là ${expected}.`, `The list has ${found} ${what.en}; the official total is ${expected}.`),
      bi(`Đúng ${expected} ${what.vi} như văn bản chính thức.`, `Exactly ${expected} ${what.en}, as officially listed.`),
      bi('Tệp trong data/admin/ là bản sao từ nguồn chính thức: chép lại nguyên tệp từ nguồn, không sửa tay.', 'Files in data/admin/ are copies of official lists: copy them again, do not edit by hand.')),

  notPlaced: (c: Cell, what: { vi: string; en: string }, where: string) =>
    at('error', 'admin.not-placed', c,
      bi(`${what.vi} "${c.value}" không có trong bảng chuyển đổi: số liệu của nó sẽ không hiện trên trang nào.`, `${what.en} "${c.value}" is not in the crosswalk: its figures would appear on no page.`),
      bi(`Mỗi ${what.vi} có ít nhất một dòng trong ${where}.`, `Every ${what.en} has at least one row in ${where}.`),
      bi('Tệp trong data/admin/ là bản sao từ nguồn chính thức: chép lại nguyên tệp từ nguồn, không sửa tay.', 'Files in data/admin/ are copies of official lists: copy them again, do not edit by hand.')),

  notPlacedMany: (file: string, what: { vi: string; en: string }, missing: number, total: number, examples: readonly string[]) =>
    at('error', 'admin.not-placed', { file, line: 1, value: examples.join(' ') },
      bi(`${missing} trên ${total} ${what.vi.toLowerCase()} không có trong bảng chuyển đổi (ví dụ ${examples.join(', ')}): số liệu của chúng sẽ không hiện trên trang nào.`,
        `${missing} of ${total} ${what.en.toLowerCase()}s are not in the crosswalk (e.g. ${examples.join(', ')}): their figures would appear on no page.`),
      bi(`Mỗi ${what.vi.toLowerCase()} có ít nhất một dòng trong tệp này.`, `Every ${what.en.toLowerCase()} has at least one row in this file.`),
      bi('Tệp trong data/admin/ là bản sao từ nguồn chính thức: chép lại nguyên tệp từ nguồn, không sửa tay.', 'Files in data/admin/ are copies of official lists: copy them again, do not edit by hand.')),

  geoInvalid: (file: string, detail: string) =>
    at('error', 'geo.invalid', { file, line: 0, value: detail },
      bi('Tệp ranh giới không đọc được hoặc không đúng dạng TopoJSON của dự án.', 'The boundary file cannot be read or is not the expected TopoJSON.'),
      bi('Một tệp TopoJSON có đúng một nhóm hình (GeometryCollection), mỗi hình mang mã đơn vị.', 'A TopoJSON file with one GeometryCollection whose shapes carry the unit codes.'),
      bi('Tệp trong data/geo/ được tạo bằng chương trình, không sửa tay: khôi phục từ kho mã (git).', 'Files in data/geo/ are generated, never edited by hand: restore them from the repository (git).')),

  geoCodes: (file: string, missing: readonly string[], extra: readonly string[]) =>
    at('error', 'geo.codes', { file, line: 0, value: [...missing, ...extra].slice(0, 10).join(' ') },
      bi(`Ranh giới không khớp với danh sách đơn vị: ${missing.length} mã thiếu hình${missing.length ? ` (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})` : ''}, ${extra.length} hình có mã lạ${extra.length ? ` (${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', …' : ''})` : ''}.`,
        `Boundaries do not match the list of units: ${missing.length} codes without a shape, ${extra.length} shapes with unknown codes.`),
      bi('Mỗi đơn vị trong data/admin/ có đúng một hình, mỗi hình một mã có trong danh sách.', 'One shape per unit of data/admin/, each with a listed code.'),
      bi('Tệp trong data/geo/ được tạo bằng chương trình, không sửa tay: khôi phục từ kho mã (git), hoặc tạo lại cùng lúc với danh sách đơn vị.', 'Files in data/geo/ are generated: restore them, or regenerate them with the list of units.')),
};
