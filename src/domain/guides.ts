/** A guide page as the tree needs it: its slug under /help/ ("young-person/already-paid") and its title. */
export interface GuideNode {
  slug: string;
  data: { title: string };
}

/** The guide a branch sits under ("young-person" for "young-person/already-paid"); undefined for a main guide. */
export function parentSlug(slug: string): string | undefined {
  const slash = slug.lastIndexOf('/');
  return slash === -1 ? undefined : slug.slice(0, slash);
}

/**
 * Each guide with the guide it sits under, for the breadcrumb. A branch whose main guide does not exist is a
 * content mistake (its breadcrumb would lead nowhere), so it stops the build.
 */
export function guideTree<T extends GuideNode>(
  guides: readonly T[],
): { guide: T; parent: { slug: string; title: string } | undefined }[] {
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));
  return guides.map((guide) => {
    const above = parentSlug(guide.slug);
    if (above === undefined) return { guide, parent: undefined };
    const parent = bySlug.get(above);
    if (!parent)
      throw new Error(`The guide "${guide.slug}" sits under "${above}", which does not exist: add ${above}.md.`);
    return { guide, parent: { slug: parent.slug, title: parent.data.title } };
  });
}
