// What a browser fetches for a page: scripts, stylesheets, preloads, images, icons, fonts. Parsed with a real
// HTML parser (comments and text that merely mention a URL don't count); only same-origin URLs are kept, so the
// audit never wanders off the site it was pointed at.
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

export interface Discovered {
  /** Same-origin asset URLs, in document order, without fragments. */
  assets: string[];
  /** URLs on other origins, left alone. */
  offOrigin: string[];
}

function candidates(attribute: string, value: string): string[] {
  if (attribute === 'srcset' || attribute === 'imagesrcset') {
    return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');
  }
  return [value.trim()];
}

export function discoverAssets(html: string, pageUrl: string): Discovered {
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
  return sameOrigin(found, base, pageUrl);
}

/** url(...) and @import in a stylesheet: fonts and background images a browser fetches next. */
export function discoverInCss(css: string, cssUrl: string): Discovered {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) {
    found.push(match[2] ?? match[4] ?? '');
  }
  return sameOrigin(found, cssUrl, cssUrl);
}

function sameOrigin(found: string[], base: string, pageUrl: string): Discovered {
  const origin = new URL(pageUrl).origin;
  const assets: string[] = [];
  const offOrigin: string[] = [];
  for (const raw of found) {
    if (raw === '' || /^(data|blob|javascript|about|mailto):/i.test(raw)) continue;
    const url = resolve(raw, base);
    if (url === undefined) continue;
    if (new URL(url).origin !== origin) {
      if (!offOrigin.includes(url)) offOrigin.push(url);
      continue;
    }
    if (!assets.includes(url)) assets.push(url);
  }
  return { assets, offOrigin };
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
