/** Joins the site's base path ("/" or "/open-door/") with an absolute route ("/talk/"). */
export function withBase(base: string, route: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${route.startsWith('/') ? route : `/${route}`}`;
}

/** True when the current path is the route or inside it (for aria-current in the nav). */
export function isWithin(currentPath: string, route: string): boolean {
  return route === '/' ? currentPath === '/' : currentPath.startsWith(route);
}
