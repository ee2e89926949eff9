import { z } from 'zod';
import { isOfficialUrl } from './official-domains';

/** An official page that backs a piece of content. */
export const sourceSchema = z.object({
  /** The page's own title or a short plain description of it. */
  title: z.string().min(3),
  /** https address on the official-domain list. */
  url: z.url({ protocol: /^https$/ }).refine((url) => isOfficialUrl(url), {
    message: 'Sources must be https pages on the official-domain list (src/domain/official-domains.ts)',
  }),
  /** Who publishes it, e.g. "NSPCC" or "National Crime Agency". */
  publisher: z.string().min(2),
});

export type Source = z.infer<typeof sourceSchema>;
