// http:// resources on an https page: browsers block scripts, styles and frames (the page breaks) and flag
// images as insecure. Parsed with a real HTML parser, so comments and text that merely mention URLs don't count.
import { Parser } from 'htmlparser2';

const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
};

const LINK_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest']);

function insecureUrls(attribute: string, value: string): string[] {
  const candidates =
    attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value.trim()];
  return candidates.filter((url) => /^http:\/\//i.test(url));
}

/** The distinct http:// URLs an HTML page loads as resources, in document order. */
export function findMixedContent(html: string): string[] {
  const found = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'link') {
          const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
          if (rels.some((rel) => LINK_RELS.has(rel))) {
            for (const url of insecureUrls('href', attributes.href ?? '')) found.add(url);
          }
          return;
        }
        for (const attribute of RESOURCE_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) for (const url of insecureUrls(attribute, value)) found.add(url);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return [...found];
}
