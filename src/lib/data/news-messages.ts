/**
 * Messages about news posts (tin-tuc/*.mdx), in the form of the data's (messages.ts): where,
 * what was found, what was expected, how to fix it, Vietnamese then English.
 */
import type { Bilingual, Problem } from './problems.ts';

const bi = (vi: string, en: string): Bilingual => ({ vi, en });

function problem(code: string, file: string, line: number, message: Bilingual, expected?: Bilingual, fix?: Bilingual, value?: string): Problem {
  const p: Problem = { severity: 'error', code, file, line, column: 0, message };
  if (value !== undefined) p.value = value;
  if (expected) p.expected = expected;
  if (fix) p.fix = fix;
  return p;
}

const FIELDS: Record<string, Bilingual> = {
  title: bi('Tiêu đề (title): một dòng chữ, tối đa 200 ký tự.', 'title: one line of text, at most 200 characters.'),
  date: bi('Ngày đăng (date) dạng năm-tháng-ngày, ví dụ 2026-12-01.', 'date as year-month-day, e.g. 2026-12-01.'),
  summary: bi('Tóm tắt (summary): một hai câu, tối đa 500 ký tự.', 'summary: one or two sentences, at most 500 characters.'),
  places: bi('Danh sách mã đơn vị, ví dụ places: [86, "00004"].', 'A list of unit codes, e.g. places: [86, "00004"].'),
  indicators: bi('Danh sách mã chỉ tiêu, ví dụ indicators: [learning_families_pct].', 'A list of indicator ids, e.g. indicators: [learning_families_pct].'),
};

const TEMPLATE = bi('Chép phần đầu từ tệp mẫu data/templates/tin-tuc.mdx rồi sửa.', 'Copy the header from the template data/templates/tin-tuc.mdx and edit it.');

export const newsMsg = {
  notAFile: (file: string) =>
    problem('news.not-a-file', file, 0, bi('Trong thư mục tin-tuc chỉ đặt các tệp bài viết .mdx.', 'The tin-tuc folder holds only .mdx post files.'), undefined,
      bi('Chuyển thư mục hoặc tệp này ra chỗ khác.', 'Move this folder or file elsewhere.')),

  fileName: (file: string, name: string) =>
    problem('news.file-name', file, 0, bi(`Tên tệp "${name}" không dùng được làm địa chỉ trang.`, `The file name "${name}" cannot be a page address.`),
      bi('Chữ thường không dấu, chữ số và dấu gạch nối, đuôi .mdx, ví dụ 2026-12-01-bao-cao-nam.mdx.', 'Lower-case ASCII letters, digits and hyphens, ending in .mdx, e.g. 2026-12-01-bao-cao-nam.mdx.'),
      bi('Đổi tên tệp: bỏ dấu, thay khoảng trắng bằng dấu gạch nối.', 'Rename the file: drop accents, replace spaces with hyphens.'), name),

  noFrontMatter: (file: string) =>
    problem('news.front-matter', file, 1, bi('Bài viết không bắt đầu bằng phần thông tin giữa hai dòng ---.', 'The post does not start with a header between two --- lines.'),
      bi('Dòng đầu là ---, sau đó title, date, summary, rồi một dòng --- nữa.', 'A first line ---, then title, date, summary, then another --- line.'), TEMPLATE),

  yaml: (file: string, line: number, reason: string) =>
    problem('news.yaml', file, line, bi(`Phần thông tin đầu bài không đọc được ở dòng ${line} (${reason}).`, `The post header cannot be read at line ${line} (${reason}).`),
      bi('Mỗi dòng một mục "tên: giá trị"; giá trị có dấu hai chấm thì đặt trong ngoặc kép.', 'One "name: value" per line; quote a value that holds a colon.'), TEMPLATE),

  unknownKey: (file: string, line: number, key: string, hint?: string) =>
    problem('news.unknown-key', file, line, bi(`Mục "${key}" không có trong mẫu bài viết.`, `"${key}" is not a field of a post.`),
      bi('Chỉ các mục: title, date, summary, places, indicators.', 'Only: title, date, summary, places, indicators.'),
      hint ? bi(`Có phải "${hint}"?`, `Did you mean "${hint}"?`) : bi('Xóa dòng này.', 'Delete this line.'), key),

  field: (file: string, line: number, key: string, value: string | undefined, tooLong: boolean) =>
    problem('news.field', file, line,
      value === undefined
        ? bi(`Thiếu mục bắt buộc "${key}".`, `The required field "${key}" is missing.`)
        : tooLong
          ? bi(`Mục "${key}" quá dài.`, `"${key}" is too long.`)
          : bi(`Mục "${key}" không hợp lệ.`, `"${key}" is not valid.`),
      FIELDS[key] ?? bi(`Mục "${key}".`, `"${key}".`), TEMPLATE, value),

  unknownPlace: (file: string, line: number, code: string) =>
    problem('news.unknown-place', file, line, bi(`Không có đơn vị nào mang mã "${code}".`, `No unit has the code "${code}".`),
      bi('Mã của đơn vị hiện nay: VN, mã tỉnh 2 chữ số, mã xã 5 chữ số (trong ngoặc kép để giữ số 0 đầu: "00004"), mã cụm thi đua; đơn vị cũ ghi kèm cấp, ví dụ former_province:28.', 'A current unit\'s code: VN, a 2-digit province, a 5-digit commune (quoted to keep leading zeros), a cluster code; former units with their level, e.g. former_province:28.'),
      bi('Tra mã trên trang của đơn vị (mục "Mã") hoặc trong data/admin/.', 'Look the code up on the unit\'s page ("Mã") or in data/admin/.'), code),

  unknownIndicator: (file: string, line: number, id: string, hint?: string) =>
    problem('news.unknown-indicator', file, line, bi(`Không có chỉ tiêu "${id}".`, `There is no indicator "${id}".`),
      bi('Mã chỉ tiêu trong data/indicators/ (cũng ở cuối địa chỉ trang chỉ tiêu).', 'An indicator id from data/indicators/ (also the end of its page address).'),
      hint ? bi(`Có phải "${hint}"?`, `Did you mean "${hint}"?`) : bi('Sửa hoặc xóa mã này.', 'Fix or delete this id.'), id),

  bodyCharacter: (file: string, line: number, char: string) =>
    problem('news.body-character', file, line, bi(`Ký tự "${char}" ở dòng ${line} sẽ bị đọc như mã lệnh của MDX, trang không dựng được.`, `"${char}" on line ${line} would be read as MDX code and the page would not build.`),
      bi('Văn bản thường; các ký tự {, } và < viết là \\{, \\} và \\<.', 'Plain text; write {, } and < as \\{, \\} and \\<.'),
      bi(`Viết "\\${char}" thay cho "${char}" (ví dụ "\\< 5%").`, `Write "\\${char}" instead of "${char}".`), char),
};
