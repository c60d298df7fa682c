/**
 * Hoàng Sa and Trường Sa, đặc khu of Đà Nẵng and Khánh Hòa: every map of Việt Nam shows them,
 * each in an inset, drawn from the 2025 đặc khu boundaries (also on the 63-province map, whose
 * own file has only part of Trường Sa). The prepare step puts them in the insets; the build
 * labels them.
 */
export interface Archipelago {
  /** The đặc khu (commune-level unit) since 2025-07-01. */
  communeCode: string;
  /** Its province, the same code before and after 2025 (Đà Nẵng 48, Khánh Hòa 56). */
  provinceCode: string;
  labelKey: string;
}

export const ARCHIPELAGOS: readonly Archipelago[] = [
  { communeCode: '20333', provinceCode: '48', labelKey: 'map.inset.hoangSa' },
  { communeCode: '22736', provinceCode: '56', labelKey: 'map.inset.truongSa' },
];
