// Links written in Markdown content from the site root ("/help/parent/") get the base path, as route() does for
// links in pages, so the guides keep working when the site is hosted under a sub-path (BASE_PATH=/open-door/).

/**
 * The link with the base path in front, when it is a root-relative link on this site that lacks it.
 * @param {string} href
 * @param {string} base
 */
export function withBasePath(href, base) {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//') || href === prefix || href.startsWith(`${prefix}/`))
    return href;
  return `${prefix}${href}`;
}

/**
 * A Sätteri (Astro 7's Markdown processor) HTML-tree plugin that rewrites <a href> with withBasePath().
 * @param {string} base
 */
export function baseLinksPlugin(base) {
  return {
    name: 'open-door-base-links',
    element: {
      filter: ['a'],
      /** @param {any} node @param {any} context */
      visit(node, context) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const prefixed = withBasePath(href, base);
        if (prefixed !== href) context.setProperty(node, 'href', prefixed);
      },
    },
  };
}

/**
 * Astro integration that adds baseLinksPlugin to the Markdown processor. Sätteri's options are meant to be
 * extended by integrations; if the processor ever changes, the build stops here rather than shipping broken links.
 * @param {string} base
 */
export function markdownBaseLinks(base) {
  return {
    name: 'open-door:markdown-base-links',
    hooks: {
      /** @param {{ config: any }} options */
      'astro:config:setup': ({ config }) => {
        if (withBasePath('/', base) === '/') return;
        const processor = config.markdown.processor;
        if (processor?.name !== 'satteri' || !Array.isArray(processor.options?.hastPlugins)) {
          throw new Error(
            'markdown-base-links: expected the Sätteri Markdown processor; Markdown links would miss BASE_PATH',
          );
        }
        processor.options.hastPlugins.push(baseLinksPlugin(base));
      },
    },
  };
}
