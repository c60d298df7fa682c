/**
 * Allowed values of the enumerated columns: the codes (from which the model's types come) and the
 * Vietnamese words people may type instead.
 */
import type { Choice } from './tables/column.ts';

export const KIND_CODES = ['target', 'result'] as const;
export const QUALIFIER_CODES = ['exact', 'more_than', 'at_least', 'about', 'nearly', 'less_than'] as const;
export const BASIS_CODES = ['recognised', 'registered'] as const;
export const RELIABILITY_CODES = ['disputed', 'unverified_copy'] as const;
export const UNIT_CODES = ['percent', 'count', 'vnd', 'vnd_per_person', 'ratio', 'percent_change'] as const;
export const GROUP_CODES = ['models', 'association', 'fund', 'centres', 'education', 'digital'] as const;
export const SOURCE_TYPE_CODES = ['legal', 'plan', 'article', 'report', 'website'] as const;
export const PLACE_LEVEL_CODES = ['national', 'province', 'commune', 'former_province', 'former_district', 'former_commune', 'region'] as const;
export const SHARE_CODES = ['full', 'partial'] as const;
export const LEVEL_CLASS_CODES = ['national', 'province', 'district', 'commune'] as const;

export type Kind = (typeof KIND_CODES)[number];
export type Qualifier = (typeof QUALIFIER_CODES)[number];
export type Basis = (typeof BASIS_CODES)[number];
/**
 * Why a figure cannot decide a status on its own: its own note says it contradicts other figures
 * (`disputed`) or it was read in a copy that cannot be trusted (`unverified_copy`).
 */
export type Reliability = (typeof RELIABILITY_CODES)[number];
export type Unit = (typeof UNIT_CODES)[number];
export type IndicatorGroup = (typeof GROUP_CODES)[number];
export type SourceType = (typeof SOURCE_TYPE_CODES)[number];
/** Current units have pages; former units appear on their successors' pages. */
export type PlaceLevel = (typeof PLACE_LEVEL_CODES)[number];
export type Share = (typeof SHARE_CODES)[number];
/**
 * Levels at which an indicator can apply. Some count or share units of a level ("tỷ lệ xã có
 * TTHTCĐ", "số huyện đạt chuẩn"): they mean nothing for a single commune. Former units count
 * as their level: a former commune as a commune, a former district as a district.
 */
export type LevelClass = (typeof LEVEL_CLASS_CODES)[number];

export const KINDS: readonly Choice<Kind>[] = [
  { code: 'target', vi: 'mục tiêu', aliases: ['mục tiêu', 'chỉ tiêu'] },
  { code: 'result', vi: 'kết quả', aliases: ['kết quả', 'thực hiện'] },
];

export const QUALIFIERS: readonly Choice<Qualifier>[] = [
  { code: 'exact', vi: 'chính xác (có thể để trống)', aliases: ['chính xác', '='] },
  { code: 'more_than', vi: 'hơn, trên', aliases: ['hơn', 'trên', 'more than', '>'] },
  { code: 'at_least', vi: 'ít nhất, từ … trở lên', aliases: ['ít nhất', 'tối thiểu', 'trở lên', 'at least', '>='] },
  { code: 'about', vi: 'khoảng', aliases: ['khoảng', 'xấp xỉ', 'chừng', '~'] },
  { code: 'nearly', vi: 'gần', aliases: ['gần', 'gần đạt'] },
  { code: 'less_than', vi: 'dưới', aliases: ['dưới', 'less than', '<'] },
];

export const BASES: readonly Choice<Basis>[] = [
  { code: 'recognised', vi: 'công nhận', aliases: ['công nhận', 'recognized'] },
  { code: 'registered', vi: 'đăng ký', aliases: ['đăng ký', 'đăng kí'] },
];

export const RELIABILITIES: readonly Choice<Reliability>[] = [
  { code: 'disputed', vi: 'mâu thuẫn với số liệu khác', aliases: ['mâu thuẫn', 'cần kiểm chứng'] },
  { code: 'unverified_copy', vi: 'đọc từ bản sao chưa kiểm chứng', aliases: ['bản sao', 'bản sao chưa kiểm chứng'] },
];

export const LEVEL_CLASSES: readonly Choice<LevelClass>[] = [
  { code: 'national', vi: 'cả nước' },
  { code: 'province', vi: 'tỉnh (cả tỉnh cũ, cụm thi đua)' },
  { code: 'district', vi: 'huyện cũ' },
  { code: 'commune', vi: 'xã (cả xã cũ)' },
];

export const UNITS: readonly Choice<Unit>[] = [
  { code: 'percent', vi: 'phần trăm (0–100)' },
  { code: 'count', vi: 'số lượng (số nguyên)' },
  { code: 'vnd', vi: 'đồng' },
  { code: 'vnd_per_person', vi: 'đồng/người' },
  { code: 'ratio', vi: 'tỷ số' },
  { code: 'percent_change', vi: 'phần trăm tăng/giảm' },
];

export const GROUPS: readonly Choice<IndicatorGroup>[] = [
  { code: 'models', vi: 'mô hình học tập' },
  { code: 'association', vi: 'Hội Khuyến học' },
  { code: 'fund', vi: 'quỹ khuyến học' },
  { code: 'centres', vi: 'trung tâm học tập cộng đồng' },
  { code: 'education', vi: 'xóa mù chữ, giáo dục' },
  { code: 'digital', vi: 'kỹ năng số' },
];

export const SOURCE_TYPES: readonly Choice<SourceType>[] = [
  { code: 'legal', vi: 'văn bản quy phạm, quyết định, chỉ thị' },
  { code: 'plan', vi: 'kế hoạch, chương trình' },
  { code: 'article', vi: 'bài báo, tin' },
  { code: 'report', vi: 'báo cáo' },
  { code: 'website', vi: 'trang thông tin' },
];

export const PLACE_LEVELS: readonly Choice<PlaceLevel>[] = [
  { code: 'national', vi: 'cả nước', aliases: ['cả nước', 'quốc gia'] },
  { code: 'province', vi: 'tỉnh/thành phố hiện nay', aliases: ['tỉnh'] },
  { code: 'commune', vi: 'xã/phường/đặc khu hiện nay', aliases: ['xã'] },
  { code: 'former_province', vi: 'tỉnh cũ (trước 01/7/2025)', aliases: ['tỉnh cũ'] },
  { code: 'former_district', vi: 'huyện cũ', aliases: ['huyện cũ', 'huyện'] },
  { code: 'former_commune', vi: 'xã cũ', aliases: ['xã cũ'] },
  { code: 'region', vi: 'cụm thi đua của Hội', aliases: ['cụm thi đua', 'cụm'] },
];

/** The crosswalk's share is copied from the source list: exactly `full` or `partial`, no synonyms. */
export const SHARES: readonly Choice<Share>[] = [
  { code: 'full', vi: 'toàn bộ đơn vị cũ' },
  { code: 'partial', vi: 'một phần đơn vị cũ' },
];

/** Digits of the official code at each level, so Excel's dropped leading zeros can be restored. */
export const CODE_DIGITS: Partial<Record<PlaceLevel, number>> = {
  province: 2,
  former_province: 2,
  former_district: 3,
  commune: 5,
  former_commune: 5,
};

/** Year from which the current units exist (the 2025 reorganisation took effect on 1 July 2025). */
export const CURRENT_UNITS_FROM_YEAR = 2025;
