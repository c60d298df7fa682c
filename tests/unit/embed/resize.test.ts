/** The resize scripts: small, valid JavaScript, speaking the same protocol. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { childScript, HOST_SCRIPT, MESSAGE, PING } from '../../../src/lib/outputs/embed/resize.ts';

describe('resize scripts', () => {
  it('host script (/nhung/nhung.js) is at most 2 KB gzip, the embed page script a few hundred bytes', () => {
    expect(gzipSync(HOST_SCRIPT, { level: 9 }).length).toBeLessThanOrEqual(2048);
    expect(childScript('map/provinces/x/2024').length).toBeLessThan(800);
  });

  it('parse as JavaScript', () => {
    expect(() => new Function(HOST_SCRIPT)).not.toThrow();
    expect(() => new Function(childScript('trend/province-01/x'))).not.toThrow();
  });

  it('share the message types; the host checks the origin and the source window', () => {
    expect(HOST_SCRIPT).toContain(MESSAGE);
    expect(HOST_SCRIPT).toContain(PING);
    expect(childScript('x/y')).toContain(MESSAGE);
    expect(childScript('x/y')).toContain(PING);
    expect(HOST_SCRIPT).toContain('e.origin!==origin');
    expect(HOST_SCRIPT).toContain('contentWindow===e.source');
  });

  it('the embed page posts the chart id and its URL', () => {
    const posted: unknown[] = [];
    const listeners: Record<string, (e: unknown) => void> = {};
    const parent = { postMessage: (m: unknown) => posted.push(m) };
    const env = {
      window: {},
      parent,
      location: { href: 'https://e.org/nhung/x/y/' },
      document: { documentElement: { getBoundingClientRect: () => ({ height: 321.4 }) } },
      addEventListener: (type: string, f: (e: unknown) => void) => (listeners[type] = f),
    };
    new Function(...Object.keys(env), childScript('x/y'))(...Object.values(env));
    expect(posted).toEqual([{ type: MESSAGE, id: 'x/y', url: 'https://e.org/nhung/x/y/', height: 322 }]);
    listeners.message!({ source: parent, data: { type: PING } });
    expect(posted).toHaveLength(2);
    listeners.message!({ source: {}, data: { type: PING } });
    expect(posted).toHaveLength(2);
  });
});
