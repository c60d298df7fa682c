/**
 * Checks that a feed is Atom 1.0: RFC 4287's schema (tests/fixtures/atom/atom.rng) through
 * libxml2's RELAX NG validator, and the RFC's rules that a schema cannot express.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA = readFileSync(resolve('tests/fixtures/atom/atom.rng'), 'utf8');

/** RELAX NG errors of some feeds, all checked in one run of xmllint. */
export async function atomErrors(feeds: Record<string, string>): Promise<string[]> {
  const res = await validateXML({
    xml: Object.entries(feeds).map(([fileName, contents]) => ({ fileName, contents })),
    schema: [{ fileName: 'atom.rng', contents: SCHEMA }],
    extension: 'relaxng',
  });
  return res.errors.map((e) => e.rawMessage);
}

/** RFC 4287 rules outside the schema (§4.1.1, §4.1.2, §4.2.7.2, §3.3, §4.2.6). */
export function rfcProblems(xml: string): string[] {
  const out: string[] = [];
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  const head = xml.slice(0, xml.indexOf('<entry>') >= 0 ? xml.indexOf('<entry>') : undefined);
  if (!/<author>/.test(head) && entries.some((e) => !/<author>/.test(e))) out.push('an entry without an author in a feed without one');
  const ids = entries.map((e) => /<id>([^<]*)<\/id>/.exec(e)![1]!);
  if (new Set(ids).size !== ids.length) out.push('two entries with one id');
  for (const e of entries) {
    if (!/<content/.test(e) && !/<link (?:rel="alternate" )?href=/.test(e)) out.push('an entry without content or an alternate link');
    if (!/<summary/.test(e) && /<content[^>]* src=/.test(e)) out.push('out-of-line content without a summary');
  }
  for (const id of [/<id>([^<]*)<\/id>/.exec(head)![1]!, ...ids]) if (!/^[a-z][a-z0-9+.-]*:/.test(id)) out.push(`id "${id}" is not an absolute IRI`);
  for (const m of xml.matchAll(/<(?:updated|published)>([^<]*)</g)) if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(m[1]!)) out.push(`date "${m[1]}"`);
  const alternates = [...head.matchAll(/<link rel="alternate"([^>]*)\/>/g)].map((m) => m[1]!.replace(/href="[^"]*"/, ''));
  if (new Set(alternates).size !== alternates.length) out.push('two alternate links of the same type and language');
  return out;
}
