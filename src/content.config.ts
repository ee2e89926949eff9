// Wiring only: the schemas live in src/domain so tests and tools can use them without Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './domain/guide-schema';
import { helpRegionSchema } from './domain/help-routes';
import { scenarioSchema } from './domain/scenario-schema';
import { schoolKitSchema } from './domain/school-kit';
import { simulationSchema } from './domain/simulation-schema';
import { scriptSchema } from './domain/script-schema';

const scripts = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/scripts' }),
  schema: scriptSchema,
});

const helpRoutes = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/help-routes' }),
  schema: helpRegionSchema,
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

export const collections = { scripts, helpRoutes, guides, scenarios, schools, simulations };
