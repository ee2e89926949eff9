// Wiring only: the schemas live in src/domain so tests and tools can use them without Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './domain/guide-schema';
import { helpRegionSchema } from './domain/help-routes';
import { helpRegionWordsSchema } from './domain/translation';
import { scenarioSchema } from './domain/scenario-schema';
import { schoolKitSchema } from './domain/school-kit';
import { simulationSchema } from './domain/simulation-schema';
import { scriptSchema } from './domain/script-schema';

const scripts = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/scripts' }),
  schema: scriptSchema,
});

// Help routes: the English files hold the whole data (numbers, links, dates); another language's file holds only
// the words, keyed by route id (src/content/help-routes/<locale>/<region>.yaml).
const helpRoutes = defineCollection({
  loader: glob({ pattern: 'en/**/*.yaml', base: './src/content/help-routes' }),
  schema: helpRegionSchema,
});

const helpRouteWords = defineCollection({
  loader: glob({ pattern: ['**/*.yaml', '!en/**'], base: './src/content/help-routes' }),
  schema: helpRegionWordsSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/guides' }),
  schema: guideSchema,
});

const scenarios = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/scenarios' }),
  schema: scenarioSchema,
});

const schools = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/schools' }),
  schema: schoolKitSchema,
});

const simulations = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/simulations' }),
  schema: simulationSchema,
});

export const collections = { scripts, helpRoutes, helpRouteWords, guides, scenarios, schools, simulations };
