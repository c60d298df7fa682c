/** `indicators/*` and `sources/*`: the indicator catalogue and the documents figures are read in. */
import { GROUP_CODES, GROUPS, LEVEL_CLASS_CODES, LEVEL_CLASSES, SOURCE_TYPE_CODES, SOURCE_TYPES, UNIT_CODES, UNITS } from '../choices.ts';
import { col, defineTable, type Row } from './column.ts';

const { bi } = col;

export const INDICATOR_ID = /^[a-z][a-z0-9_]*$/;
export const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;

export const INDICATORS = defineTable({
  name: 'indicators',
  sheet: 'Chỉ tiêu',
  title: bi('danh mục chỉ tiêu', 'indicator catalogue'),
  columns: {
    id: col.id(INDICATOR_ID, bi(
      'Chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (ví dụ learning_families_pct).',
      'Lower-case ASCII letters, digits and underscores, starting with a letter.'), bi(
      'mã ngắn, chữ thường không dấu và `_` (ví dụ `learning_families_pct`); không đổi sau khi công bố', 'short id; never changes once published'), { example: 'learning_families_pct' }),
    name_vi: col.text(bi('tên tiếng Việt', 'Vietnamese name'), { required: true }),
    name_en: col.text(bi('tên tiếng Anh', 'English name'), { required: true }),
    unit: col.choice(UNIT_CODES, UNITS, bi(
      'đơn vị tính; `percent_change` có thể âm hoặc trên 100',
      'unit of the values'), { required: true, example: 'percent' }),
    denominator: col.text(bi('mẫu số là gì, ví dụ "tổng số hộ gia đình"; bắt buộc với `percent`', 'what the denominator is; required for percent'), { required: 'conditional' }),
    higher_is_better: col.bool(bi('`true` nếu càng cao càng tốt, `false` nếu ngược lại', 'true when higher is better'), { required: true, example: 'true' }),
    group: col.choice(GROUP_CODES, GROUPS, bi(
      'nhóm chỉ tiêu',
      'group of the indicator'), { required: true, example: 'models' }),
    main: col.bool(bi('`true` cho các chỉ tiêu chính (bản đồ, dữ liệu minh họa)', 'true for the main indicators'), { default: bi('`false`', 'false') }),
    levels: col.choices(LEVEL_CLASS_CODES, LEVEL_CLASSES, bi(
      'các cấp mà chỉ tiêu có nghĩa, cách nhau bởi dấu cách. Ví dụ "Tỷ lệ xã có TTHTCĐ" là `national province district`: không liệt kê, không áp mục tiêu cho một xã',
      'the levels an indicator means something at, separated by spaces'), { inHeader: false, default: bi('mọi cấp', 'every level') }),
    definition: col.text(bi('định nghĩa', 'definition'), { required: true }),
    legal_basis: col.list({ vi: 'văn bản', en: 'document', where: 'data/sources/' }, bi('căn cứ pháp lý: mã văn bản trong `sources/`, cách nhau bởi dấu cách', 'ids of documents in sources/, separated by spaces')),
    note: col.text(bi('ghi chú', 'note')),
  },
});

export const SOURCES = defineTable({
  name: 'sources',
  sheet: 'Nguồn',
  title: bi('văn bản và bài báo nguồn', 'sources'),
  columns: {
    id: col.id(SOURCE_ID, bi(
      'Chữ thường không dấu, chữ số và dấu gạch nối (ví dụ qd-1373-2021).',
      'Lower-case ASCII letters, digits and hyphens.'), bi(
      'mã ngắn, chữ thường không dấu, chữ số và `-` (ví dụ `qd-1373-2021`, `baogialai-37073`)', 'short id'), { example: 'bao-cao-hkh-vinh-long-2026' }),
    type: col.choice(SOURCE_TYPE_CODES, SOURCE_TYPES, bi(
      'loại nguồn',
      'kind of document'), { required: true, example: 'report' }),
    title: col.text(bi('tiêu đề, đúng như nguồn (nguồn tiếng Anh giữ tiêu đề tiếng Anh)', 'title as the source gives it'), { required: true }),
    number: col.text(bi('số hiệu văn bản, ví dụ `1373/QĐ-TTg`', 'document number')),
    issuer: col.text(bi('cơ quan ban hành', 'issuing body')),
    publisher: col.text(bi('báo, trang đăng', 'newspaper or site')),
    date: col.date(bi('ngày ban hành/đăng: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` hoặc `dd/mm/yyyy`', 'date of issue or publication'), { example: '2027-01-15' }),
    url: col.url(bi(
      'đường dẫn công khai (`https://…`); mỗi đường dẫn chỉ khai báo một lần. Không có đường dẫn thì `note` phải nói lý do (văn bản thì ghi cả `number`)',
      'public link, declared once; without one, note must say why'), { required: 'conditional', example: 'https://khuyenhoc.vinhlong.gov.vn/…' }),
    language: col.text(bi(
      'ngôn ngữ của nguồn: `vi`, `en`… Quyết định cách đọc `value_as_published` (nguồn tiếng Anh: "14,000" là mười bốn nghìn)',
      'language of the source; decides how value_as_published is read'), { default: bi('`vi`', 'vi'), example: 'vi' }),
    note: col.text(bi('ghi chú (trang nhân bản, trích đoạn bị cắt, lý do không có đường dẫn…)', 'note')),
  },
});

export type IndicatorRow = Row<typeof INDICATORS.columns>;
export type SourceRow = Row<typeof SOURCES.columns>;
