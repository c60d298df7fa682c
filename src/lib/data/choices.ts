/** Allowed values of the enumerated columns, with the Vietnamese words people may type instead. */
import type { Choice } from './cells.ts';
import type { Basis, IndicatorGroup, Kind, LevelClass, PlaceLevel, Qualifier, Reliability, SourceType, Unit } from './model.ts';

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

/** Digits of the official code at each level, so Excel's dropped leading zeros can be restored. */
export const CODE_DIGITS: Partial<Record<PlaceLevel, number>> = {
  province: 2,
  former_province: 2,
  former_district: 3,
  commune: 5,
  former_commune: 5,
};
