/**
 * The crosswalk's quality notes as readers see them. The crosswalk is a verbatim copy of its source
 * (data/admin/), whose notes are in English; each known kind of note is said in Vietnamese here,
 * and a note of an unknown kind is shown as written.
 */
import { t } from '../../i18n/index.ts';

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^new code (\d+) follows GSO letter 1027\/CTK-CSCL; thanglequoc\/GSO-API list uses (\d+)$/, (m) => t('qa.gsoCode', { gso: m[1]!, list: m[2]! })],
  [/^old unit absent from thanglequoc v2\.4\.1 list/, () => t('qa.absent')],
  [/^district without communes became a special zone/, () => t('qa.specialZone')],
  [/^Corrected: the source also sent this ward partly to (.+?) \((\d+)\), a mix-up with (.+?) of (.+?) \((\d+)\), which went into .+?; (.+?) of (.+?) went wholly into (.+?)\.$/, (m) => t('qa.correctedMixup', { wrong: m[1]!, namesake: m[3]!, district: m[4]!, into: m[8]! })],
  [/^corrected: upstream mapped to (\d+) \((.+?)\); (Nghị quyết [^ ]+) (.+?) puts (?:it|(.+?)) in (.+)$/, (m) => t('qa.correctedResolution', { wrong: m[2]!, resolution: m[3]!, article: m[4]!, into: m[6]! })],
];

export function qaNoteText(note: string): string {
  for (const [re, say] of RULES) {
    const m = re.exec(note);
    if (m) return say(m);
  }
  return note;
}
