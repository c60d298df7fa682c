/** GitHub annotations: a Vietnamese title with the place, the value and what is expected. */
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/lib/data/messages.ts';
import { annotationTitle, formatProblem, githubAnnotation } from '../../../src/lib/data/report.ts';

const cell = { file: 'data/observations/tinh-86.csv', line: 12, column: 7, columnName: 'value', value: '852' };

describe('annotations', () => {
  it('title the problem in Vietnamese with its value and what is expected', () => {
    expect(annotationTitle(msg.percentRange(cell, 852))).toBe('Giá trị "852", cần: Một tỷ lệ phần trăm từ 0 đến 100.');
  });

  it('point at the line and column of a CSV file, with the whole message, value, expectation and fix in the body', () => {
    const a = githubAnnotation(msg.percentRange(cell, 852));
    expect(a).toMatch(/^::error file=data\/observations\/tinh-86.csv,line=12,col=7,title=Giá trị "852"%2C cần%3A/);
    expect(a).toContain('Cách sửa: Kiểm tra dấu thập phân');
    expect(a).toContain('(number.percent-range)');
  });

  it('point at a workbook and name its sheet and cell in the title (a workbook has no lines to mark)', () => {
    const a = githubAnnotation(msg.percentRange({ ...cell, file: 'data/observations/tinh-86.xlsx', sheet: 'Số liệu' }, 852));
    expect(a).toMatch(/^::error file=data\/observations\/tinh-86.xlsx,title=trang tính 'Số liệu'%2C ô G12 "value"%3A Giá trị "852"/);
  });
});

it('gives the Excel row beside the file line when a quoted cell held a line break', () => {
  expect(formatProblem(msg.percentRange({ ...cell, line: 4, row: 3 }, 852)).split('\n')[0]).toBe(
    'LỖI / ERROR  data/observations/tinh-86.csv:4:7 (dòng 4 (hàng 3 trong Excel), cột G "value")',
  );
});
