/** `observations/*`: the figures, targets and results, one row each. */
import { BASES, BASIS_CODES, KIND_CODES, KINDS, PLACE_LEVEL_CODES, PLACE_LEVELS, QUALIFIER_CODES, QUALIFIERS, RELIABILITIES, RELIABILITY_CODES } from '../choices.ts';
import { col, defineTable, type Row } from './column.ts';
import { VARIANT_PATTERN } from '../figure-id.ts';
import { msg } from '../messages.ts';

const { bi } = col;

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2035;

export const OBSERVATIONS = defineTable({
  name: 'observations',
  sheet: 'Số liệu',
  title: bi('số liệu (mục tiêu và kết quả)', 'figures (targets and results)'),
  columns: {
    place_level: col.choice(PLACE_LEVEL_CODES, PLACE_LEVELS, bi(
      'cấp của đơn vị. Số liệu của năm trước 01/7/2025 ghi cho đơn vị cũ (`former_*`)',
      'level of the unit; figures from before 2025-07-01 belong to former units'), { required: true, example: 'province' }),
    place_code: col.text(bi(
      'mã đơn vị: `VN` cho cả nước; mã GSO 2 chữ số (tỉnh), 3 chữ số (huyện cũ), 5 chữ số (xã); đơn vị cũ dùng mã ngày 01/3/2025; cụm thi đua dùng mã trong `admin/regions.csv`. Excel bỏ số 0 ở đầu thì được thêm lại, kèm cảnh báo',
      'unit code: `VN`; GSO codes of 2, 3 or 5 digits; former units use the 2025-03-01 codes; clusters the codes of admin/regions.csv'), { required: true, example: '86' }),
    place_name: col.text(bi(
      'tên đơn vị, để người đọc đối chiếu; nếu ghi mà không khớp với tên chính thức của mã thì là **lỗi** (số liệu hiển thị theo mã)',
      'name of the unit, for humans; when given it must match the code\'s official name (an error otherwise)'), { example: 'Tỉnh Vĩnh Long' }),
    indicator: col.ref({ vi: 'chỉ tiêu', en: 'indicator', where: 'data/indicators/' }, bi(
      'mã chỉ tiêu trong `indicators/`, hoặc tên tiếng Việt đúng như danh mục (bảng tính mẫu cho chọn tên)',
      'indicator id, or its exact Vietnamese name (the template workbook offers the names)'), { required: true, example: 'learning_families_pct' }),
    kind: col.choice(KIND_CODES, KINDS, bi('mục tiêu hay kết quả', 'target or result'), { required: true, example: 'result' }),
    year: col.year(YEAR_MIN, YEAR_MAX, bi(
      `năm của số liệu (năm đích với mục tiêu), ${YEAR_MIN}–${YEAR_MAX}. Để trống chỉ khi nguồn không ghi năm, và khi đó \`note\` phải nói rõ. Đơn vị hiện nay (tỉnh, xã từ 01/7/2025) không có số liệu trước năm 2025`,
      'reference year (target year for targets); blank only when the source gives none, and then note must say so; current units have no figure before 2025'), { required: 'conditional', example: '2026' }),
    value: col.number(bi(
      'con số như nguồn in (không tự tính, không làm tròn). Có thể để trống khi đã ghi `value_as_published`: chương trình tự đổi',
      'the number as printed; may be left empty when value_as_published is given, which is then converted'), { required: 'conditional', example: '85.2' }),
    value_max: col.number(bi(
      'chỉ với mục tiêu công bố dưới dạng khoảng ("từ 32.000 đến 35.000 đồng"): cận trên; `value` là cận dưới, và tiến độ được đánh giá theo cận dưới',
      'upper end of a range target; value holds the lower end, which progress is assessed against'), { inHeader: false, default: bi('không phải khoảng', 'not a range') }),
    value_as_published: col.text(bi(
      'con số đúng như nguồn viết, kèm chữ chỉ độ lớn: "24,464 tỷ đồng", "hơn 1,5 triệu", "85,2%", "14,000" (nguồn tiếng Anh). Chương trình đổi ra `value` theo ngôn ngữ của nguồn (tiếng Việt: dấu phẩy thập phân; tiếng Anh: dấu chấm thập phân) và báo lỗi nếu khác `value`',
      'the figure exactly as the source writes it, with its magnitude word; converted to value by the source\'s language rules, an error when it differs from value'), { inHeader: false, default: bi('`value` là con số như nguồn in', 'value is the number as printed'), example: '24,464 tỷ đồng' }),
    qualifier: col.choice(QUALIFIER_CODES, QUALIFIERS, bi(
      'chữ đi kèm con số trong nguồn; chấp nhận cả chữ tiếng Việt',
      'the word before the number; Vietnamese words accepted'), { default: bi('`exact` (chính xác)', 'exact') }),
    basis: col.choice(BASIS_CODES, BASES, bi(
      'công nhận hay đăng ký, khi chỉ tiêu có cả hai; hai loại không bao giờ được nối thành một chuỗi',
      'recognised or registered when the indicator has both; never joined into one series'), { default: bi('không phân biệt', 'not distinguished') }),
    numerator: col.integer(bi('tử số khi nguồn ghi (ví dụ 163055 trong "163.055/195.201 gia đình")', 'numerator when the source gives it')),
    denominator: col.integer(bi('mẫu số khi nguồn ghi; tử số không được lớn hơn mẫu số', 'denominator when the source gives it; never below the numerator')),
    source: col.ref({ vi: 'nguồn', en: 'source', where: 'data/sources/' }, bi('mã nguồn trong `sources/` (nơi con số được đọc)', 'id of the source the number was read in'), { required: true, example: 'bao-cao-hkh-vinh-long-2026' }),
    variant: col.pattern(VARIANT_PATTERN, msg.variantInvalid, bi(
      'chỉ khi một nguồn cho hai con số của cùng đơn vị, chỉ tiêu, loại, năm và cơ sở (ví dụ 6 tháng đầu năm và cả năm): một mã ngắn khác nhau cho mỗi dòng, chữ thường không dấu, chữ số và `-`, tối đa 20 ký tự (ví dụ `6-thang`, `ca-nam`). Là một phần của mã số liệu',
      'only when one source gives two figures for the same place, indicator, kind, year and basis: a short code per row; part of the figure id'), { inHeader: false, default: bi('nguồn chỉ cho một con số', 'the source gives one figure'), example: '6-thang' }),
    plan: col.ref({ vi: 'văn bản kế hoạch', en: 'plan document', where: 'data/sources/' }, bi(
      'với mục tiêu: mã văn bản kế hoạch đặt ra mục tiêu (ví dụ `qd-387-2022`)', 'for targets: the plan that sets it')),
    quote: col.text(bi('câu trích **nguyên văn** từ nguồn chứa con số', 'exact quote containing the number'), { required: true }),
    note: col.text(bi('ghi chú: mẫu số khác thường, mâu thuẫn giữa các nguồn, năm suy ra từ ngữ cảnh…', 'caveats, inconsistencies, inferred years')),
    reliability: col.choice(RELIABILITY_CODES, RELIABILITIES, bi(
      'số liệu mâu thuẫn với số liệu khác (ghi chú của dòng nói rõ) hoặc đọc từ bản sao chưa kiểm chứng: vẫn được hiển thị nhưng một mình nó không quyết định tiến độ ("cần kiểm chứng")',
      'disputed or unverified_copy: shown, but never decides a status on its own'), { inHeader: false, default: bi('số liệu bình thường', 'a normal figure') }),
  },
});

export type ObservationRow = Row<typeof OBSERVATIONS.columns>;
