/** Regions with their own help routes. Kept free of zod so browser code can import it cheaply. */
export const REGION_IDS = ['uk', 'ie', 'us', 'ca', 'au', 'nz', 'anywhere'] as const;
export type RegionId = (typeof REGION_IDS)[number];
