// The small JSON path subset steps use: a.b[0].c, optional "$." prefix, ["key with dots"].

const SEGMENT = /\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]|([^.[\]]+)/g;

export function parsePath(path: string): (string | number)[] {
  const body = path.trim().replace(/^\$\.?/, '');
  const segments: (string | number)[] = [];
  for (const match of body.matchAll(SEGMENT)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else segments.push(match[2] ?? match[3] ?? match[4]);
  }
  return segments;
}

/** `found` is false when any segment is missing (a present null is found). */
export function readPath(value: unknown, path: string): { found: boolean; value?: unknown } {
  let current: unknown = value;
  for (const segment of parsePath(path)) {
    if (current === null || typeof current !== 'object') return { found: false };
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return { found: false };
      current = current[segment];
    } else {
      if (!Object.hasOwn(current, segment)) return { found: false };
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value: current };
}
