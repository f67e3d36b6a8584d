// Which kind of response a URL is, which decides what "cached right" means for it:
// revved (fingerprinted: cache for a year), static (other assets), page (HTML), api (JSON), private (one customer's).
import picomatch from 'picomatch';
import type { Kind } from './options.ts';

/** Folders whose files are fingerprinted by the framework even when the hash sits elsewhere in the path. */
const REVVED_FOLDERS = [/^\/_next\/static\//, /\/_app\/immutable\//];

/**
 * A build hash in the file name: 8+ hex characters (webpack, Parcel, Rails, esbuild) or 8+ base64url characters
 * (Vite/Rollup), after a `.`, `-`, `_` or `~`, e.g. app.3f9a1c7e.js, index-DiwrgTda.css, application-6b3f…e1.css.
 */
export function isFingerprinted(pathname: string): boolean {
  if (REVVED_FOLDERS.some((folder) => folder.test(pathname))) return true;
  const file = decodeSafely(pathname.slice(pathname.lastIndexOf('/') + 1));
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  const parts = stem.split('.');
  return parts.some((part, index) => {
    // The first part is the name (jquery-3, photo_2024…): a hash there follows a separator, or is the whole name
    // only when that is plain hex (a file named by its hash). Later parts may be the hash themselves.
    if (index > 0 || (parts.length === 1 && /^[0-9a-f]{8,}$/i.test(part) && looksLikeHash(part))) {
      if (looksLikeHash(part)) return true;
    }
    // After a separator inside the part (Rollup's hashes may themselves hold - and _).
    for (let i = 1; i < part.length; i++) {
      if ('-_~'.includes(part[i - 1]!) && looksLikeHash(part.slice(i))) return true;
    }
    return false;
  });
}

function looksLikeHash(token: string): boolean {
  if (token.length < 8 || !/^[A-Za-z0-9_-]+$/.test(token)) return false;
  const digits = /\d/.test(token);
  const letters = /[A-Za-z]/.test(token);
  if (/^[0-9a-f]+$/i.test(token)) return digits && letters;
  if (digits && letters) return true;
  // A digit-free Rollup hash (DiwrgTda): mixed case with a capital inside, which plain words and names lack.
  return token.length <= 12 && /[a-z]/.test(token) && /[A-Z]/.test(token.slice(1)) && !/[-_]/.test(token);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const ASSET_EXTENSION =
  /\.(m?js|cjs|css|map|png|jpe?g|gif|webp|avif|svg|ico|bmp|woff2?|ttf|otf|eot|mp4|webm|mp3|wasm|txt|xml|webmanifest|pdf)$/i;

export interface KindInput {
  pathname: string;
  contentType: string;
  /** Found in a page's HTML as a script, style, image, font… */
  discoveredAsAsset: boolean;
  /** A --private-paths route (requested with the credentials). */
  privateRoute: boolean;
  setsCookie: boolean;
  /** Overrides from the config: path glob → kind. */
  overrides: Record<string, Kind>;
}

export function classify(input: KindInput): Kind {
  for (const [glob, kind] of Object.entries(input.overrides)) {
    if (picomatch.isMatch(input.pathname, glob, { dot: true })) return kind;
  }
  if (input.privateRoute || input.setsCookie) return 'private';
  const type = input.contentType.toLowerCase();
  const asset = input.discoveredAsAsset || ASSET_EXTENSION.test(input.pathname);
  if (asset && !/html/.test(type) && isFingerprinted(input.pathname)) return 'revved';
  if (/html/.test(type)) return 'page';
  if (/[/+]json\b/.test(type)) return asset ? 'static' : 'api';
  return 'static';
}

/** The paths named in --private-paths, compared without a trailing slash. */
export function samePath(a: string, b: string): boolean {
  const trim = (p: string) => p.replace(/\/+$/, '') || '/';
  return trim(a) === trim(b);
}
