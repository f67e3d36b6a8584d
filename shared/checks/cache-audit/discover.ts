// What a browser fetches for a page: scripts, stylesheets, preloads, images, icons, fonts. Parsed with a real
// HTML parser (comments and text that merely mention a URL don't count). Which of them the audit may fetch is the
// caller's to say (the base URL's site and the founder's asset hosts: scope.ts), so it never wanders off to a
// third party.
import { Parser } from 'htmlparser2';

const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['poster'],
  input: ['src'],
};

const LINK_RELS = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'mask-icon',
  'preload',
  'modulepreload',
  'manifest',
]);

/** Whether the audit fetches a URL. */
export type Fetchable = (url: URL) => boolean;

export interface Discovered {
  /** Asset URLs the audit fetches, in document order, without fragments. */
  assets: string[];
  /** URLs it leaves alone (a third party's), in document order. */
  elsewhere: string[];
}

function candidates(attribute: string, value: string): string[] {
  if (attribute === 'srcset' || attribute === 'imagesrcset') {
    return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');
  }
  return [value.trim()];
}

export function discoverAssets(html: string, pageUrl: string, fetchable: Fetchable): Discovered {
  const found: string[] = [];
  const add = (attribute: string, value: string | undefined) => {
    if (value !== undefined) found.push(...candidates(attribute, value));
  };
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) {
          base = resolve(attributes.href, pageUrl) ?? base;
          return;
        }
        if (name === 'link') {
          const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
          if (rels.some((rel) => LINK_RELS.has(rel))) {
            add('href', attributes.href);
            add('imagesrcset', attributes.imagesrcset);
          }
          return;
        }
        for (const attribute of RESOURCE_ATTRIBUTES[name] ?? []) add(attribute, attributes[attribute]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return sort(found, base, fetchable);
}

/** url(...) and @import in a stylesheet: fonts and background images a browser fetches next. */
export function discoverInCss(css: string, cssUrl: string, fetchable: Fetchable): Discovered {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) {
    found.push(match[2] ?? match[4] ?? '');
  }
  return sort(found, cssUrl, fetchable);
}

function sort(found: string[], base: string, fetchable: Fetchable): Discovered {
  const assets: string[] = [];
  const elsewhere: string[] = [];
  for (const raw of found) {
    if (raw === '' || /^(data|blob|javascript|about|mailto):/i.test(raw)) continue;
    const url = resolve(raw, base);
    if (url === undefined) continue;
    const list = fetchable(new URL(url)) ? assets : elsewhere;
    if (!list.includes(url)) list.push(url);
  }
  return { assets, elsewhere };
}

function resolve(raw: string, base: string): string | undefined {
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    // A page cannot make the audit send credentials: userinfo in a referenced URL is dropped.
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return undefined;
  }
}
