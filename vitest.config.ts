/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config (so .astro-aware aliases and the Solid plugin apply); the browser conditions make
// Solid load its client build in component tests instead of the server one.
export default getViteConfig({
  resolve: { conditions: ['browser', 'development'] },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    server: { deps: { inline: [/solid-js/, /@solidjs\/testing-library/] } },
  },
});
