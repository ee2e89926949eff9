// Reads a Netlify-style _headers file, so the local server sends exactly what a static host would.
import { readFileSync } from 'node:fs';

/** @typedef {{ pattern: RegExp, headers: [string, string][] }} HeaderRule */

/** @param {string} path @returns {HeaderRule[]} */
export function readHeadersFile(path) {
  /** @type {HeaderRule[]} */
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
    } else {
      const rule = rules.at(-1);
      if (!rule) continue;
      const colon = line.indexOf(':');
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Headers for a path (without the base path), later rules adding to earlier ones.
 * @param {HeaderRule[]} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
  return rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
}
