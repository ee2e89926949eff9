// Reads a Netlify-style _headers file, so the local server sends exactly what a static host would.
import { readFileSync } from 'node:fs';

/** @returns {{ pattern: RegExp, headers: [string, string][] }[]} */
export function readHeadersFile(path) {
  const rules = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Headers for a path (without the base path), later rules adding to earlier ones. */
export function headersFor(rules, path) {
  return rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
}
