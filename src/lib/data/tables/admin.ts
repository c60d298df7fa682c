/**
 * `admin/*`: verbatim copies of the official lists and the 2025 crosswalk, never edited by hand
 * but checked all the same (a bad copy must not publish). Each file is one table.
 */
import { SHARE_CODES, SHARES } from '../choices.ts';
import { col, defineTable } from './column.ts';

const { bi } = col;
const code = (vi: string) => col.text(bi(vi, 'official code'), { required: true });
const name = col.text(bi('tên ngắn, không có từ chỉ loại', 'short name'), { required: true });
const fullName = col.text(bi('tên chính thức đầy đủ', 'official full name'), { required: true });
const nameEn = col.text(bi('tên không dấu', 'name without diacritics'));

export const PROVINCES = defineTable({
  name: 'admin/provinces-2025-07-01.csv',
  sheet: 'Tỉnh',
  title: bi('34 tỉnh, thành phố từ 01/7/2025', 'the 34 provinces from 2025-07-01'),
  columns: {
    code: code('mã tỉnh (2 chữ số)'),
    name,
    full_name: fullName,
    type: col.text(bi('loại: Tỉnh, Thành phố', 'type')),
    name_en: nameEn,
    n_communes: col.integer(bi('số đơn vị cấp xã', 'number of communes')),
    'full_name_v4.2.0': col.text(bi('tên đầy đủ sau thay đổi loại (Đồng Nai 2026)', 'full name after a later change of type')),
    'type_v4.2.0': col.text(bi('loại sau thay đổi', 'type after a later change')),
  },
});

export const COMMUNES = defineTable({
  name: 'admin/communes-2025-07-01.csv',
  sheet: 'Xã',
  title: bi('3.321 đơn vị cấp xã từ 01/7/2025', 'the 3,321 communes from 2025-07-01'),
  columns: {
    code: code('mã xã (5 chữ số)'),
    name,
    full_name: fullName,
    type: col.text(bi('loại: Xã, Phường, Đặc khu', 'type')),
    province_code: code('mã tỉnh'),
    province_full_name: col.text(bi('tên tỉnh', 'province name')),
    name_en: nameEn,
    gso_1027_code_if_different: col.text(bi('mã theo công văn 1027/CTK-CSCL khi khác', 'code in GSO letter 1027 when different')),
    gso_1027_full_name_if_different: col.text(bi('tên theo công văn 1027/CTK-CSCL khi khác', 'name in GSO letter 1027 when different')),
    'full_name_v4.2.0_if_different': col.text(bi('tên đầy đủ sau thay đổi loại', 'full name after a later change of type')),
    'type_v4.2.0_if_different': col.text(bi('loại sau thay đổi', 'type after a later change')),
  },
});

export const FORMER_PROVINCES = defineTable({
  name: 'admin/former-provinces-2025-03-01.csv',
  sheet: 'Tỉnh cũ',
  title: bi('63 tỉnh ngày 01/3/2025', 'the 63 provinces of 2025-03-01'),
  columns: { code: code('mã tỉnh cũ'), name, full_name: fullName, name_en: nameEn },
});

export const FORMER_DISTRICTS = defineTable({
  name: 'admin/former-districts-2025-03-01.csv',
  sheet: 'Huyện cũ',
  title: bi('huyện ngày 01/3/2025', 'districts of 2025-03-01'),
  columns: { code: code('mã huyện cũ (3 chữ số)'), name, full_name: fullName, name_en: nameEn, province_code: code('mã tỉnh cũ') },
});

export const FORMER_COMMUNES = defineTable({
  name: 'admin/former-communes-2025-03-01.csv',
  sheet: 'Xã cũ',
  title: bi('xã ngày 01/3/2025', 'communes of 2025-03-01'),
  columns: { code: code('mã xã cũ (5 chữ số)'), name, full_name: fullName, name_en: nameEn, district_code: code('mã huyện cũ'), province_code: code('mã tỉnh cũ') },
});

export const COMMUNE_CROSSWALK = defineTable({
  name: 'admin/crosswalk-communes-2025-07-01.csv',
  sheet: 'Chuyển đổi xã',
  title: bi('mỗi xã cũ → (các) xã mới', 'each former commune → its new commune(s)'),
  columns: {
    old_level: col.choice(['commune', 'district'] as const, [{ code: 'commune', vi: 'xã cũ' }, { code: 'district', vi: 'huyện không có xã' }], bi('cấp của đơn vị cũ', 'level of the former unit'), { required: true }),
    old_code: code('mã đơn vị cũ'),
    old_full_name: col.text(bi('tên đơn vị cũ', 'former name')),
    old_district_code: col.text(bi('mã huyện cũ', 'former district code')),
    old_district_full_name: col.text(bi('tên huyện cũ', 'former district name')),
    old_province_code: col.text(bi('mã tỉnh cũ', 'former province code')),
    old_province_full_name: col.text(bi('tên tỉnh cũ', 'former province name')),
    new_code: code('mã xã mới'),
    new_full_name: col.text(bi('tên xã mới', 'new name')),
    new_province_code: col.text(bi('mã tỉnh mới', 'new province code')),
    share: col.choice(SHARE_CODES, SHARES, bi('`full` (toàn bộ) hoặc `partial` (một phần), đúng một trong hai', 'full or partial, exactly'), { required: true }),
    qa_note: col.text(bi('vấn đề đã biết', 'known problem')),
  },
});

export const PROVINCE_CROSSWALK = defineTable({
  name: 'admin/crosswalk-provinces-2025-07-01.csv',
  sheet: 'Chuyển đổi tỉnh',
  title: bi('63 tỉnh cũ → 34 tỉnh mới', '63 former provinces → 34 new ones'),
  columns: { old_code: code('mã tỉnh cũ'), old_name: col.text(bi('tên tỉnh cũ', 'former name')), new_code: code('mã tỉnh mới'), new_name: col.text(bi('tên tỉnh mới', 'new name')) },
});

export const REGIONS = defineTable({
  name: 'admin/regions.csv',
  sheet: 'Cụm thi đua',
  title: bi('cụm thi đua của Hội Khuyến học Việt Nam', "the association's emulation clusters"),
  columns: {
    code: code('mã cụm'),
    name,
    member_former_provinces: col.list({ vi: 'tỉnh cũ', en: 'former province', where: 'data/admin/former-provinces-2025-03-01.csv' }, bi('mã các tỉnh cũ thành viên như nguồn ghi, cách nhau bởi dấu cách', 'member former provinces as the source lists them')),
    source: col.ref({ vi: 'nguồn', en: 'source', where: 'data/sources/' }, bi('mã nguồn trong `sources/`', 'source id'), { required: true }),
    note: col.text(bi('ghi chú', 'note')),
  },
});

export const DISSOLVED = defineTable({
  name: 'admin/dissolved-units.csv',
  sheet: 'Đơn vị đã giải thể',
  title: bi('đơn vị không còn ngày 01/3/2025 nhưng có số liệu công bố', 'units gone by 2025-03-01 that have published figures'),
  columns: {
    level: col.choice(['former_district', 'former_commune'] as const, [{ code: 'former_district', vi: 'huyện cũ' }, { code: 'former_commune', vi: 'xã cũ' }], bi('cấp của đơn vị', 'level'), { required: true }),
    code: code('mã do dự án đặt, không trùng mã nào khác (ví dụ `374h`)'),
    name,
    full_name: fullName,
    province_code: code('mã tỉnh cũ'),
    absorbed_into_code: code('mã đơn vị cùng cấp đã nhận nó'),
    note: col.text(bi('vì sao đơn vị được giữ dưới tên riêng', 'why the unit is kept under its own name'), { required: true }),
  },
});

/** Official totals of the 2025 reorganisation, checked against the lists (docs: data/README.md). */
export const OFFICIAL_TOTALS = { provinces: 34, communes: 3321, formerProvinces: 63 } as const;

/** `geo/former-provinces/…_to_gso_province_code.csv`: geoBoundaries' shapes → GSO codes of 2025-03-01. */
export const GEO_FORMER_PROVINCES = defineTable({
  name: 'former-provinces/geoBoundaries_VNM_ADM1_to_gso_province_code.csv',
  sheet: 'Ranh giới tỉnh cũ',
  title: bi('hình của tỉnh cũ → mã tỉnh cũ', 'former-province shapes → codes'),
  columns: {
    shapeid: col.text(bi('mã hình của geoBoundaries', 'geoBoundaries shape id'), { required: true }),
    shapename: col.text(bi('tên hình', 'shape name')),
    shapeiso: col.text(bi('mã ISO', 'ISO code')),
    old_gso_province_code: code('mã tỉnh cũ (GSO)'),
    old_gso_province_name: col.text(bi('tên tỉnh cũ', 'former province name')),
    new_province_code_2025: col.text(bi('mã tỉnh mới', 'new province code')),
    new_province_name_2025: col.text(bi('tên tỉnh mới', 'new province name')),
    note: col.text(bi('ghi chú', 'note')),
  },
});
