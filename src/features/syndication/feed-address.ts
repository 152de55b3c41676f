// A feed's path under the site's base, as links and the page's head name it.
export function feedAddress(path: string): string {
  return import.meta.env.BASE_URL + path;
}
