/** A build that fails leaves the previous site as it was and says why; a good one replaces it whole. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildEffects } from '../../../src/lib/site/effects.ts';
import { CliError, describeError } from '../../../src/lib/site/errors.ts';

const root = mkdtempSync(join(tmpdir(), 'xhht-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Effects that only record what the build asked for. */
function testEffects(existing: string[]) {
  const present = new Set(existing);
  const calls: string[] = [];
  const effects: BuildEffects = {
    log: (line) => void calls.push(`log ${line}`),
    exists: (p) => present.has(p),
    rename: (from, to) => {
      calls.push(`rename ${from} → ${to}`);
      present.delete(from);
      present.add(to);
    },
    remove: (p) => {
      calls.push(`remove ${p}`);
      present.delete(p);
    },
  };
  return { effects, calls, present };
}

describe('the build', () => {
  it('moves the previous output aside only when the new one is complete', async () => {
    const { swapInto } = await import('../../../scripts/build.ts');
    const { effects, calls, present } = testEffects(['/x/dist', '/x/.dist-new-1']);
    swapInto('/x/.dist-new-1', '/x/dist', effects);
    expect(calls[0]).toMatch(/^rename \/x\/dist → .*old-builds\/dist-\d+$/);
    expect(calls[1]).toBe('rename /x/.dist-new-1 → /x/dist');
    expect(present.has('/x/dist')).toBe(true);
  });

  it('on a wrong site URL, stops before anything, leaves the previous dist/ untouched and says why', () => {
    const out = join(root, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'the last good site');
    const res = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
      cwd: resolve('.'),
      env: { ...process.env, SITE_URL: 'không-phải-địa-chỉ', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SITE_URL');
    expect(res.stderr).toContain('trang đang có giữ nguyên');
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good site');
  });

  it('prints an error whole: name, message, hint and every cause', () => {
    const inner = Object.assign(new Error(''), { name: 'AstroError', hint: 'Check the file.' });
    const lines = describeError(new CliError('Xây dựng trang thất bại.', { cause: inner }));
    expect(lines[0]).toBe('CliError: Xây dựng trang thất bại.');
    expect(lines).toContain('Nguyên nhân / caused by: AstroError: (không có thông báo / no message)');
    expect(lines).toContain('  Gợi ý / hint: Check the file.');
  });
});
