/** The CSV writer: RFC 4180, BOM, and the formula guard on text columns only. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, formatCell, guardFormula, toCsv, type CsvColumn } from '../../../src/lib/outputs/export/csv.ts';

const cols: CsvColumn[] = [
  { name: 'text', type: 'string' },
  { name: 'value', type: 'number' },
  { name: 'year', type: 'year' },
  { name: 'ok', type: 'boolean' },
];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, ends every line with CRLF, quotes only when needed', () => {
    const csv = toCsv(cols, [
      ['Hà Nội', 72.77, 2024, true],
      ['a, b', 1, null, false],
      ['nói "hơn"', 0.5, undefined, undefined],
      ['hai\ndòng', -3, 2030, true],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe(
      'text,value,year,ok\r\nHà Nội,72.77,2024,true\r\n"a, b",1,,false\r\n"nói ""hơn""",0.5,,\r\n"hai\ndòng",-3,2030,true\r\n',
    );
  });

  it('can leave the BOM out', () => {
    expect(toCsv([{ name: 'a', type: 'string' }], [['x']], { bom: false })).toBe('a\r\nx\r\n');
  });

  it('reads back exactly with a standard parser', () => {
    const rows = [['=1+1', 5, 2021, true], ['Xã "Quảng Vinh", huyện\r\nQuảng Điền', -12.5, null, false]] as const;
    const csv = toCsv(cols, rows.map((r) => [...r]));
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['text', 'value', 'year', 'ok'],
      ["'=1+1", '5', '2021', 'true'],
      ['Xã "Quảng Vinh", huyện\r\nQuảng Điền', '-12.5', '', 'false'],
    ]);
  });

  it('refuses a row of the wrong width and text in a numeric column', () => {
    expect(() => toCsv(cols, [['a', 1]])).toThrow(/row 1 has 2 cells/);
    expect(() => formatCell('12', 'number')).toThrow(/in a number column/);
    expect(() => formatCell(Number.NaN, 'number')).toThrow(/not a finite number/);
  });
});

describe('formula guard', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+84 912', "'+84 912"],
    ['-3', "'-3"],
    ['- Tỷ lệ gia đình học tập', "'- Tỷ lệ gia đình học tập"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('guards the text cell %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });

  it.each(['Hà Nội', '72,77%', "'đã có dấu nháy", ' =1 (space first)', 'a=b', '3-5'])('leaves %j alone', (input) => {
    expect(guardFormula(input)).toBe(input);
  });

  it('never touches numbers: -3 in a numeric column stays a number', () => {
    expect(formatCell(-3, 'number')).toBe('-3');
    expect(formatCell(-3, 'integer')).toBe('-3');
    expect(formatCell(-0.25, 'number')).toBe('-0.25');
  });

  it('guards text columns even when the text looks like a number', () => {
    expect(formatCell('-3', 'string')).toBe("'-3");
  });

  it('quotes a guarded cell that also needs quoting', () => {
    expect(formatCell('=A1,"x"', 'string')).toBe(`"'=A1,""x"""`);
  });

  it('guards the header too', () => {
    expect(toCsv([{ name: '=bad', type: 'string' }], [], { bom: false })).toBe("'=bad\r\n");
  });
});
