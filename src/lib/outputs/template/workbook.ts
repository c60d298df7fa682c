/**
 * The template workbook staff fill in (/du-lieu/mau-so-lieu.xlsx), generated from the catalogue at
 * every build so its lists are always current: a sheet of figures with dropdown lists (level,
 * indicator by its Vietnamese name, kind, qualifier, basis, source), the code column as text and
 * the numbers validated as numbers; a sheet for new sources; a lookup of every current and former
 * unit; the lists; instructions in Vietnamese. The validator reads it back (data/data-files.ts):
 * the help sheets are skipped, the columns are the schemas' own.
 *
 * Written with exceljs: SheetJS's community edition, which reads workbooks here, cannot write
 * data validation (dropdowns).
 */
import ExcelJS from 'exceljs';
import { t } from '../../../i18n/index.ts';
import type { Model, Place } from '../../data/model.ts';
import { BASES, KINDS, PLACE_LEVELS, QUALIFIERS, RELIABILITIES, SOURCE_TYPES, UNITS } from '../../data/choices.ts';
import { HELP_SHEETS } from '../../data/data-files.ts';
import type { Choice, Table } from '../../data/tables/column.ts';
import { SOURCES } from '../../data/tables/catalogue.ts';
import { OBSERVATIONS } from '../../data/tables/observations.ts';
import { compareVi } from '../../text/collate.ts';

/** Names of the help sheets: part of the file format (the reader skips them), not UI text. */
const [GUIDE, UNITS_SHEET, LISTS] = HELP_SHEETS;

/** Rows prepared with dropdowns and formats: a province's figures for a year fit many times. */
const ROWS = 2000;
const SOURCE_ROWS = 300;

export interface TemplateMeta {
  /** Data version (the git commit) and build date, printed in the instructions. */
  version: string;
  date: string;
}

const letter = (i: number) => String.fromCharCode(65 + i);
/** What people pick: the Vietnamese word the reader accepts (an alias), else the code. */
const word = (c: Choice) => (c.aliases?.includes(c.vi) ? c.vi : c.aliases?.[0] ?? c.code);

function header(ws: ExcelJS.Worksheet, names: readonly string[], widths: readonly number[]): void {
  ws.addRow(names);
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  names.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? 16));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The lists the dropdowns read, one column each, on the "Danh mục" sheet; returns each list's range. */
function lists(wb: ExcelJS.Workbook, model: Model): Record<string, string> {
  const ws = wb.addWorksheet(LISTS);
  const indicators = [...model.indicators].sort((a, b) => compareVi(a.nameVi, b.nameVi));
  const columns: [string, string[]][] = [
    [t('template.lists.levels'), PLACE_LEVELS.map(word)],
    [t('template.lists.indicators'), indicators.map((i) => i.nameVi)],
    [t('template.lists.indicatorIds'), indicators.map((i) => i.id)],
    [t('template.lists.units'), indicators.map((i) => UNITS.find((u) => u.code === i.unit)!.vi)],
    [t('template.lists.kinds'), KINDS.map(word)],
    [t('template.lists.qualifiers'), QUALIFIERS.map(word)],
    [t('template.lists.bases'), BASES.map(word)],
    [t('template.lists.reliabilities'), RELIABILITIES.map(word)],
    // Existing sources, then whatever ids the "Nguồn" sheet adds (formulas: blank until filled).
    [t('template.lists.sources'), [...model.sources.map((s) => s.id).sort()]],
    [t('template.lists.sourceTypes'), SOURCE_TYPES.map((c) => c.code)],
    [t('template.lists.languages'), ['vi', 'en']],
  ];
  header(ws, columns.map(([h]) => h), [14, 60, 34, 22, 12, 14, 12, 16, 30, 12, 10]);
  const ranges: Record<string, string> = {};
  const sheet = `'${LISTS}'`;
  columns.forEach(([name, values], j) => {
    values.forEach((v, i) => (ws.getCell(i + 2, j + 1).value = v));
    let last = values.length + 1;
    if (name === t('template.lists.sources')) {
      for (let i = 0; i < SOURCE_ROWS; i++) {
        const src = `'${SOURCES.sheet}'!A${i + 2}`;
        ws.getCell(last + 1 + i, j + 1).value = { formula: `IF(${src}="","",${src})`, result: '' };
      }
      last += SOURCE_ROWS;
    }
    ranges[name] = `${sheet}!$${letter(j)}$2:$${letter(j)}$${Math.max(last, 2)}`;
  });
  return ranges;
}

/** exceljs writes a validation for a whole range (one XML element), though its types know only cells. */
type WithRanges = ExcelJS.Worksheet & { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void }; orderNo: number };

function validateColumn(ws: ExcelJS.Worksheet, table: Table, name: string, rows: number, v: ExcelJS.DataValidation): void {
  const j = Object.keys(table.columns).indexOf(name);
  (ws as WithRanges).dataValidations.add(`${letter(j)}2:${letter(j)}${rows + 1}`, v);
}

const listOf = (range: string, prompt: string, strict = true): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [range],
  showErrorMessage: true,
  errorStyle: strict ? 'stop' : 'warning',
  error: prompt,
  showInputMessage: false,
});

function figuresSheet(wb: ExcelJS.Workbook, ranges: Record<string, string>): void {
  const ws = wb.addWorksheet(OBSERVATIONS.sheet);
  const names = Object.keys(OBSERVATIONS.columns);
  header(ws, names, names.map((n) => ({ place_name: 28, indicator: 48, quote: 60, note: 30, value_as_published: 22, source: 28 })[n] ?? 13));
  const col = (n: string) => ws.getColumn(names.indexOf(n) + 1);
  // Codes keep their leading zeros only as text; printed figures are text too.
  for (const n of ['place_code', 'value_as_published', 'source', 'plan']) col(n).numFmt = '@';
  const list = t('template.validation.list');
  const number: ExcelJS.DataValidation = { type: 'decimal', operator: 'between', formulae: [-1e15, 1e15], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: t('template.validation.number') };
  validateColumn(ws, OBSERVATIONS, 'place_level', ROWS, listOf(ranges[t('template.lists.levels')]!, list));
  validateColumn(ws, OBSERVATIONS, 'indicator', ROWS, listOf(ranges[t('template.lists.indicators')]!, list));
  validateColumn(ws, OBSERVATIONS, 'kind', ROWS, listOf(ranges[t('template.lists.kinds')]!, list));
  validateColumn(ws, OBSERVATIONS, 'qualifier', ROWS, listOf(ranges[t('template.lists.qualifiers')]!, list));
  validateColumn(ws, OBSERVATIONS, 'basis', ROWS, listOf(ranges[t('template.lists.bases')]!, list));
  validateColumn(ws, OBSERVATIONS, 'reliability', ROWS, listOf(ranges[t('template.lists.reliabilities')]!, list));
  validateColumn(ws, OBSERVATIONS, 'source', ROWS, listOf(ranges[t('template.lists.sources')]!, t('template.validation.source'), false));
  validateColumn(ws, OBSERVATIONS, 'plan', ROWS, listOf(ranges[t('template.lists.sources')]!, t('template.validation.source'), false));
  for (const n of ['value', 'value_max']) validateColumn(ws, OBSERVATIONS, n, ROWS, number);
  for (const n of ['numerator', 'denominator']) validateColumn(ws, OBSERVATIONS, n, ROWS, { ...number, type: 'whole', formulae: [0, 1e15] });
  validateColumn(ws, OBSERVATIONS, 'year', ROWS, { type: 'whole', operator: 'between', formulae: [1990, 2035], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: t('template.validation.year') });
}

function sourcesSheet(wb: ExcelJS.Workbook, ranges: Record<string, string>): void {
  const ws = wb.addWorksheet(SOURCES.sheet);
  const names = Object.keys(SOURCES.columns);
  header(ws, names, names.map((n) => ({ id: 28, title: 50, url: 40, note: 30 })[n] ?? 14));
  ws.getColumn(names.indexOf('date') + 1).numFmt = '@';
  const list = t('template.validation.list');
  validateColumn(ws, SOURCES, 'type', SOURCE_ROWS, listOf(ranges[t('template.lists.sourceTypes')]!, list));
  validateColumn(ws, SOURCES, 'language', SOURCE_ROWS, listOf(ranges[t('template.lists.languages')]!, list, false));
}

/** Every current and former unit, so staff pick a name and copy its code. */
function unitsSheet(wb: ExcelJS.Workbook, model: Model): void {
  const ws = wb.addWorksheet(UNITS_SHEET);
  header(ws, [t('template.units.name'), t('template.units.district'), t('template.units.province'), t('template.units.level'), t('template.units.code'), t('template.units.when')], [34, 26, 28, 14, 9, 14]);
  ws.getColumn(5).numFmt = '@';
  const name = (key: string | undefined) => (key ? (model.places.get(key)?.fullName ?? '') : '');
  const levelWord = new Map(PLACE_LEVELS.map((c) => [c.code, word(c)]));
  const row = (p: Place) => {
    const district = p.level === 'former_commune' ? name(p.parentKey) : '';
    const province = p.level === 'province' || p.level === 'former_province' ? p.fullName : name(p.provinceKey);
    const when = p.level.startsWith('former_') ? t('template.units.former') : t('template.units.current');
    ws.addRow([p.fullName, district, province, levelWord.get(p.level) ?? p.level, p.code, when]);
  };
  for (const p of [model.nation, ...model.provinces, ...model.communes, ...model.regions, ...model.formerProvinces, ...model.formerDistricts, ...model.formerCommunes]) row(p);
  ws.autoFilter = { from: 'A1', to: 'F1' };
}

function guideSheet(wb: ExcelJS.Workbook, meta: TemplateMeta): void {
  const ws = wb.addWorksheet(GUIDE);
  ws.getColumn(1).width = 120;
  ws.addRow([t('template.guide.title')]).font = { bold: true, size: 14 };
  ws.addRow([t('template.guide.version', { date: meta.date, version: meta.version })]);
  ws.addRow([]);
  for (let i = 1; i <= 8; i++) ws.addRow([t(`template.guide.${i}`)]).alignment = { wrapText: true };
  ws.addRow([]);
  ws.addRow([t('template.guide.example')]).font = { bold: true };
  ws.addRow([Object.keys(OBSERVATIONS.columns).join(' | ')]);
  ws.addRow(['tỉnh cũ | 86 | Tỉnh Vĩnh Long | Tỷ lệ gia đình được công nhận Gia đình học tập | kết quả | 2024 | 85,2 | | | | công nhận | | | bao-cao-hkh-vinh-long-2024 | | "Toàn tỉnh có 85,2% gia đình…" | |']);
}

export async function templateWorkbook(model: Model, meta: TemplateMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xã hội học tập — số liệu theo địa phương';
  wb.created = new Date(`${meta.date}T00:00:00Z`);
  wb.modified = wb.created;
  guideSheet(wb, meta);
  // The lists sheet is built first (the dropdowns point at it) but placed last.
  const ranges = lists(wb, model);
  figuresSheet(wb, ranges);
  sourcesSheet(wb, ranges);
  unitsSheet(wb, model);
  const order = [GUIDE, OBSERVATIONS.sheet, SOURCES.sheet, UNITS_SHEET, LISTS];
  wb.worksheets.forEach((ws) => ((ws as WithRanges).orderNo = order.indexOf(ws.name)));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
