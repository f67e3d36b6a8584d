// Secrets never reach output: every writer passes its text through a Redactor,
// and checks use redactValue() for evidence.

/** `ghp_…(40)`: enough to recognise a key, never enough to use it. */
export function redactValue(value: string): string {
  const visible = value.length >= 12 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, visible)}…(${value.length})`;
}

/**
 * Collects secret values met during a run and scrubs them from any text.
 * Values shorter than MIN_SECRET_LENGTH are not tracked: scrubbing "3600" or "true" from every line would
 * mangle ordinary text, and so short a value is not a usable credential.
 */
/** Shorter values are not scrubbed from output (they are still never printed by the checks themselves). */
export const MIN_SECRET_LENGTH = 6;

export class Redactor {
  readonly #values = new Set<string>();
  #pattern: RegExp | undefined;
  readonly #onAdd: ((value: string) => void) | undefined;

  constructor(onAdd?: (value: string) => void) {
    this.#onAdd = onAdd;
  }

  add(value: string | undefined): void {
    if (value === undefined) return;
    const trimmed = value.trim();
    for (const candidate of new Set([value, trimmed])) {
      if (candidate.length < MIN_SECRET_LENGTH || this.#values.has(candidate)) continue;
      this.#values.add(candidate);
      this.#pattern = undefined;
      this.#onAdd?.(candidate);
    }
  }

  get size(): number {
    return this.#values.size;
  }

  scrub(text: string): string {
    if (this.#values.size === 0) return text;
    this.#pattern ??= new RegExp(
      [...this.#values]
        .sort((a, b) => b.length - a.length)
        .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return text.replace(this.#pattern, (match) => redactValue(match));
  }

  /** Deep-scrubs every string in a JSON-like value. */
  scrubDeep<T>(value: T): T {
    if (this.#values.size === 0) return value;
    return this.#walk(value) as T;
  }

  #walk(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((item) => this.#walk(item));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.scrub(k), this.#walk(v)]));
    }
    return value;
  }
}
