/**
 * The one error type the command line shows to a person: what went wrong, in Vietnamese then
 * English, with a hint. Anything else that reaches the top is a bug and is printed whole (name,
 * message, cause chain, stack), once, so nothing is lost.
 */
export class CliError extends Error {
  override name = 'CliError';
  readonly hint?: string;
  constructor(message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    if (opts.hint) this.hint = opts.hint;
  }
}

/** Everything known about an error, cause after cause, as lines to print. */
export function describeError(e: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  let cur: unknown = e;
  let depth = 0;
  while (cur !== undefined && cur !== null && !seen.has(cur) && depth < 8) {
    seen.add(cur);
    const prefix = depth === 0 ? '' : 'Nguyên nhân / caused by: ';
    if (cur instanceof Error) {
      const x = cur as Error & { hint?: unknown; loc?: { file?: string; line?: number; column?: number }; frame?: string };
      const message = x.message?.trim() || '(không có thông báo / no message)';
      out.push(`${prefix}${x.name}: ${message}`);
      if (x.loc?.file) out.push(`  ở / at ${x.loc.file}${x.loc.line ? `:${x.loc.line}` : ''}${x.loc.column ? `:${x.loc.column}` : ''}`);
      if (typeof x.hint === 'string' && x.hint.trim()) out.push(`  Gợi ý / hint: ${x.hint.trim()}`);
      if (x.frame) out.push(x.frame);
      if (!(cur instanceof CliError) && x.stack) out.push(...x.stack.split('\n').slice(1, 12));
      cur = x.cause;
    } else {
      out.push(`${prefix}${String(cur)}`);
      cur = undefined;
    }
    depth++;
  }
  return out;
}
