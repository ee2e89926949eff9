import { describe, expect, it } from 'vitest';
import { externaliseIslandRuntime, holdUntilPaint, pageOwnCsp, sha256Base64 } from '../../scripts/lean-html.mjs';

const runtime =
  '(()=>{customElements.get("astro-island")||customElements.define("astro-island",class extends HTMLElement{})})();';
const csp = (value: string) => `<meta http-equiv="content-security-policy" content="${value}">`;

describe('externaliseIslandRuntime', () => {
  it('replaces the inlined astro-island runtime with one module script and leaves other scripts alone', () => {
    const html = `<head><script>var a=1</script></head><body><script>${runtime}</script><astro-island></astro-island></body>`;
    expect(externaliseIslandRuntime(html, '/_astro/astro-island.abc.js')).toBe(
      '<head><script>var a=1</script></head><body><script type="module" src="/_astro/astro-island.abc.js"></script><astro-island></astro-island></body>',
    );
  });

  it('changes nothing on a page without islands', () => {
    const html = '<script>var a=1</script><script type="module" src="/x.js"></script>';
    expect(externaliseIslandRuntime(html, '/_astro/r.js')).toBe(html);
  });
});

describe('holdUntilPaint', () => {
  const shell = '<script type="module" src="/_astro/Base.a1.js"></script>';
  const islands = '<script type="module" src="/_astro/astro-island.b2.js"></script>';
  const held = '<link rel="stylesheet" href="/_astro/global.c3.css" data-rest-css>';

  it('moves every module script the page loads into the after-paint template, in page order', () => {
    const html = `<head><script>var a=1</script></head><body>${islands}<astro-island></astro-island><template data-after-paint>${held}</template>${shell}<script type="module">inline()</script></body>`;
    expect(holdUntilPaint(html)).toBe(
      `<head><script>var a=1</script></head><body><astro-island></astro-island><template data-after-paint>${held}${islands}${shell}</template><script type="module">inline()</script></body>`,
    );
  });

  it('keeps scripts already in the template ahead of the ones it moves, and is the same when run twice', () => {
    const html = `<body><template data-after-paint>${held}${shell}</template>${islands}</body>`;
    const once = holdUntilPaint(html);
    expect(once).toBe(`<body><template data-after-paint>${held}${shell}${islands}</template></body>`);
    expect(holdUntilPaint(once)).toBe(once);
  });

  it('leaves a page without the template as it is', () => {
    const html = `<body>${islands}<astro-island></astro-island>${shell}</body>`;
    expect(holdUntilPaint(html)).toBe(html);
  });
});

describe('pageOwnCsp', () => {
  const page = (policy: string) =>
    `<head>${csp(policy)}<script>var a=1</script><style>p{color:red}</style></head><body><script type="module">go()</script><script type="module" src="/x.js"></script></body>`;

  it("keeps only the page's own inline script and style hashes, plus the ones the config names", () => {
    const result = pageOwnCsp(
      page("default-src 'self'; script-src 'self' 'sha256-other=' 'sha256-keep='; style-src 'self' 'sha256-old=';"),
      ['sha256-keep='],
    );
    const policy = /content="([^"]*)"/.exec(result)?.[1];
    expect(policy).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'sha256-keep=' 'sha256-${sha256Base64('var a=1')}' 'sha256-${sha256Base64('go()')}'`,
        `style-src 'self' 'sha256-${sha256Base64('p{color:red}')}';`,
      ].join('; '),
    );
    expect(result).not.toContain('sha256-other=');
    expect(result).not.toContain('sha256-old=');
  });

  it('leaves a page without a CSP meta tag unchanged', () => {
    expect(pageOwnCsp('<p>hi</p>', ['sha256-keep='])).toBe('<p>hi</p>');
  });
});
