/** The last lines of a validation run: counts in both languages, English nouns agreeing with them. */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/data/problems.ts';
import { summary } from '../../../src/lib/data/report.ts';

const problem = (severity: Problem['severity'], file: string): Problem => ({ severity, code: 'x', file, line: 2, column: 1, message: { vi: 'v', en: 'e' } });

describe('validation summary', () => {
  it('says one error in one file in the singular', () => {
    expect(summary([problem('error', 'a.csv')], 40)).toBe(
      'Tìm thấy 1 lỗi và 0 cảnh báo trong 1 tệp. Chưa xây dựng hay công bố trang nào; hãy sửa các lỗi trên rồi chạy lại.\n' +
        'Found 1 error and 0 warnings in 1 file. Nothing was built or published; fix the errors above and run again.',
    );
  });
  it('counts errors, warnings and files in the plural', () => {
    const text = summary([problem('error', 'a.csv'), problem('error', 'b.csv'), problem('warning', 'b.csv')], 40);
    expect(text).toContain('Tìm thấy 2 lỗi và 1 cảnh báo trong 2 tệp.');
    expect(text).toContain('Found 2 errors and 1 warning in 2 files.');
  });
  it('says a valid data set is valid', () => {
    expect(summary([problem('warning', 'a.csv')], 1)).toBe('Dữ liệu hợp lệ: đã kiểm tra 1 tệp, 1 cảnh báo.\nData is valid: 1 file checked, 1 warning.');
  });
});
