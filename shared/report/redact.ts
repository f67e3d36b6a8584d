// Secrets never reach output: every writer passes its text through a Redactor,
// and checks use redactValue() for evidence.

/** `ghp_…(40)`: enough to recognise a key, never enough to use it. */
export function redactValue(value: string): string {
  const visible = value.length >= 12 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, visible)}…(${value.length})`;
}

/** Values this long are scrubbed wherever they appear, inside words too, and masked in the action log. */
export const MIN_SECRET_LENGTH = 6;
/**
 * Values from MIN_WORD_SECRET_LENGTH to MIN_SECRET_LENGTH - 1 characters (a PIN, `pw123`) are scrubbed only
 * where they stand as a whole word: scrubbing "1234" inside "12345" or a timestamp would mangle ordinary text.
 * Shorter values ("on", "1") are not scrubbed at all: no credential is that short, and every count would go.
 */
export const MIN_WORD_SECRET_LENGTH = 4;
/** A base64 piece shorter than this could occur by chance in ordinary text. */
const MIN_BASE64_PIECE = 8;

interface Form {
  /** What replaces the form in output: always the redaction of the value it came from. */
  replacement: string;
  /** Short values match only as a whole word. */
  wholeWord: boolean;
}

/**
 * Collects secret values met during a run and scrubs them from any text.
 *
 * A secret leaves a program in more shapes than the one it was registered in, so `add` also registers the forms
 * it takes on the wire and in files, each replaced by the redaction of the original value:
 * - JSON-escaped (`abc"def` is `abc\"def` in a JSON report or a captured JSON body);
 * - percent-encoded as in a URL path or query (`encodeURIComponent`) and as in a form body (`+` for spaces);
 * - base64 and base64url, at each of the three byte alignments a value can have inside a longer base64 text
 *   (the runner's masker does the same), so the password in `Basic base64(user:pass)` is caught without knowing
 *   the user. Only the whole 4-character groups a value decides are matched; the few edge characters shared
 *   with its neighbours stay. `addBasicCredentials` scrubs the whole `user:pass` token where the user is known.
 * Hex, HTML entities and other encodings are not derived: none of our writers produce them from a value.
 */
export class Redactor {
  readonly #forms = new Map<string, Form>();
  /** Values registered by a caller (not only derived): each is heard once by onAdd. */
  readonly #added = new Set<string>();
  #pattern: RegExp | undefined;
  readonly #onAdd: ((value: string) => void) | undefined;

  /** `onAdd` hears every registered value of MIN_SECRET_LENGTH or more (the action masks it in the log). */
  constructor(onAdd?: (value: string) => void) {
    this.#onAdd = onAdd;
  }

  add(value: string | undefined): void {
    if (value === undefined) return;
    for (const candidate of new Set([value, value.trim()])) {
      if (candidate.length < MIN_WORD_SECRET_LENGTH || this.#added.has(candidate)) continue;
      this.#added.add(candidate);
      // A value already derived from another (the base64 of user:pass) keeps its form, and is now masked too.
      const form = this.#forms.get(candidate) ?? {
        replacement: redactValue(candidate),
        wholeWord: candidate.length < MIN_SECRET_LENGTH,
      };
      this.#register(candidate, form);
      for (const derived of wireForms(candidate)) if (!this.#forms.has(derived)) this.#register(derived, form);
      if (!form.wholeWord) this.#onAdd?.(candidate);
    }
  }

  /** HTTP Basic credentials: the password, and the whole `user:pass` pair in every form (its base64 above all). */
  addBasicCredentials(user: string, password: string): void {
    if (password === '') return;
    this.add(password);
    this.add(`${user}:${password}`);
  }

  /** Number of values and derived forms scrubbed. */
  get size(): number {
    return this.#forms.size;
  }

  scrub(text: string): string {
    if (this.#forms.size === 0) return text;
    this.#pattern ??= new RegExp(
      [...this.#forms]
        .sort(([a], [b]) => b.length - a.length)
        .map(([v, form]) => {
          const literal = v.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
          return form.wholeWord ? `(?<!\\w)${literal}(?!\\w)` : literal;
        })
        .join('|'),
      'g',
    );
    return text.replace(this.#pattern, (match) => this.#forms.get(match)?.replacement ?? redactValue(match));
  }

  /** Scrubs, then cuts to `max` characters: cutting first could leave half a secret that no longer matches. */
  clip(text: string, max: number): string {
    const scrubbed = this.scrub(text);
    return scrubbed.length > max ? `${scrubbed.slice(0, max)}…` : scrubbed;
  }

  /** Deep-scrubs every string in a JSON-like value. */
  scrubDeep<T>(value: T): T {
    if (this.#forms.size === 0) return value;
    return this.#walk(value) as T;
  }

  #register(text: string, form: Form): void {
    this.#forms.set(text, form);
    this.#pattern = undefined;
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

/** The shapes `value` takes in JSON, URLs, form bodies and base64 (see Redactor). */
export function wireForms(value: string): string[] {
  const forms = new Set<string>([
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    encodeURIComponent(value).replace(/%20/g, '+'),
  ]);
  const bytes = Buffer.from(value, 'utf8');
  for (let shift = 0; shift < 3; shift += 1) {
    // The value's bytes start `shift` bytes into a 3-byte group: skip the group they share with what precedes.
    const lead = (3 - shift) % 3;
    const aligned = bytes.subarray(lead);
    const whole = Math.floor(aligned.length / 3) * 4;
    const standard = aligned.toString('base64');
    for (const encoded of [standard, aligned.toString('base64url')]) {
      // At the end of the text the last, partial group is decided by the value alone (padding aside).
      const unpadded = encoded.replace(/=+$/, '');
      if (lead === 0 && unpadded.length >= MIN_BASE64_PIECE) forms.add(unpadded).add(encoded);
      const piece = encoded.slice(0, whole);
      if (piece.length >= MIN_BASE64_PIECE) forms.add(piece);
    }
  }
  forms.delete(value);
  return [...forms];
}
