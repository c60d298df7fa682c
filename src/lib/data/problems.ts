/**
 * A data problem, written for the person who must fix the spreadsheet:
 * where (file, line, column), what was found, what was expected and how to fix it,
 * in Vietnamese first and English second.
 */
export type Severity = 'error' | 'warning';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface Problem {
  severity: Severity;
  /** Stable identifier of the kind of problem, used by tests and docs. */
  code: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file as a text editor counts it; 0 when the whole file is concerned. */
  line: number;
  /** 1-based column (spreadsheet column: 1 = A); 0 when the whole row or file is concerned. */
  column: number;
  columnName?: string;
  /** Sheet of a workbook; `line` is then its row number. */
  sheet?: string;
  /** Row as a spreadsheet shows it, when it differs from `line` (a quoted cell held a line break). */
  row?: number;
  /** The value found, exactly as read (before normalisation). */
  value?: string;
  message: Bilingual;
  expected?: Bilingual;
  fix?: Bilingual;
}

/** Spreadsheet column letters, because staff fix these files in Excel: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Collects problems in the order they are found; never throws for a data mistake. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(problem: Problem): void {
    this.items.push(problem);
  }

  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.items.filter((p) => p.severity === 'warning');
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}

/** Sorts problems by file, line, column so a report reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
