/**
 * The pull-request check: annotations titled in Vietnamese with the value and what is expected,
 * and a job summary that lists every problem (GitHub shows only 10 annotations a step).
 */
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/lib/data/messages.ts';
import { annotationTitle, githubAnnotation } from '../../../src/lib/data/report.ts';
import { problemsMarkdown } from '../../../src/lib/data/report-markdown.ts';

const cell = (line: number) => ({ file: 'data/observations/x.csv', line, column: 7, columnName: 'value', value: '852' });

describe('pull-request reports', () => {
  it('titles an annotation with the value found and what is expected', () => {
    const p = msg.percentRange(cell(12), 852);
    expect(annotationTitle(p)).toMatch(/^Giá trị "852", cần: /);
    expect(githubAnnotation(p)).toMatch(/^::error file=data\/observations\/x\.csv,line=12,col=7,title=Giá trị "852"%2C cần%3A Một tỷ lệ/);
  });

  it('lists every problem in the job summary, not only the first ten', () => {
    const problems = Array.from({ length: 824 }, (_, i) => msg.percentRange(cell(i + 2), 852));
    const md = problemsMarkdown(problems, 3);
    expect(md.match(/^- \*\*LỖI\*\*/gm)).toHaveLength(824);
    expect(md).toContain('`data/observations/x.csv:825:7` (dòng 825, cột G "value")');
    expect(md).toContain('Tìm thấy 824 lỗi');
  });
});
