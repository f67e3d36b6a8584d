// secret-scan against gitleaks' own rule tests: every rule in gitleaks' config generator
// (cmd/generate/config/rules/*.go) lists true-positive samples (`tps`, many wrapped by GenerateSampleSecrets in
// ~26 file syntaxes) and false-positive samples (`fps`). This reads those Go sources with a small evaluator for the
// subset of Go they use (string literals, `+`, fmt.Sprintf, append, slices and maps, the utils pattern helpers),
// draws each `secrets.NewSecret(regex)` from its regex with a seeded generator, and reports recall per rule and per
// syntax form and the share of fps reported. Nothing of gitleaks is kept in this repository: pass a checkout.
// Usage: node bench/secret-scan-gitleaks.bench.ts <gitleaks checkout> [--path=<file path to scan as>] [--seed=N] [--misses]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import RandExp from 'randexp';
import { detectSecrets } from '../shared/checks/secret-scan/detect.ts';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? process.env.GITLEAKS_DIR;
const scanPath = args.find((a) => a.startsWith('--path='))?.slice('--path='.length) ?? 'fixture.txt';
const showMisses = args.includes('--misses');
if (!root) {
  console.log('skipped: pass the path of a gitleaks checkout (or set GITLEAKS_DIR)');
  process.exit(0);
}

// ---- a tokenizer and evaluator for the Go the rule files are written in ----

type Token = { kind: 'str' | 'ident' | 'num' | 'punct' | 'nl'; text: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      tokens.push({ kind: 'nl', text: '\n' });
      i++;
    } else if (/\s/.test(c)) i++;
    else if (src.startsWith('//', i)) i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (src.startsWith('/*', i)) i = src.indexOf('*/', i) + 2;
    else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      tokens.push({ kind: 'str', text: src.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let out = '';
      while (src[j] !== c) {
        if (src[j] === '\\') {
          const e = src[j + 1];
          const simple: Record<string, string> = {
            n: '\n',
            t: '\t',
            r: '\r',
            '\\': '\\',
            '"': '"',
            "'": "'",
            '0': '\0',
          };
          if (e === 'x') {
            out += String.fromCharCode(Number.parseInt(src.slice(j + 2, j + 4), 16));
            j += 4;
          } else if (e === 'u') {
            out += String.fromCharCode(Number.parseInt(src.slice(j + 2, j + 6), 16));
            j += 6;
          } else {
            out += simple[e] ?? e;
            j += 2;
          }
        } else out += src[j++];
      }
      tokens.push({ kind: 'str', text: out });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_]\w*/.exec(src.slice(i, i + 200))!;
      tokens.push({ kind: 'ident', text: m[0] });
      i += m[0].length;
    } else if (/\d/.test(c)) {
      const m = /^[\d.xa-fA-F]+/.exec(src.slice(i, i + 50))!;
      tokens.push({ kind: 'num', text: m[0] });
      i += m[0].length;
    } else {
      const three = src.slice(i, i + 3);
      const two = src.slice(i, i + 2);
      const p = three === '...' ? three : [':=', '==', '!=', '&&', '||', '+=', '<-'].includes(two) ? two : c;
      tokens.push({ kind: 'punct', text: p });
      i += p.length;
    }
  }
  return tokens;
}

interface Sample {
  text: string;
  /** GenerateSampleSecrets' form name, when the sample came from it. */
  form?: string;
  /** The secret inside the text, when known. */
  secret?: string;
}
type Value = string | Sample[] | Map<string, string> | { rule: string } | undefined;

class Unknown extends Error {}

/** mulberry32: seeded, so every run draws the same samples. */
let seed = Number(args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? 0x5eed);
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A string the regex matches, as gitleaks' reggen draws it (unbounded repeats kept short). */
function fromRegex(goRegex: string): string {
  let source = goRegex
    .replace(/\(\?P?<(\w+)>/g, '(?:')
    .replace(/\[\[:alnum:\]\]/g, '[A-Za-z0-9]')
    .replace(/\[:alnum:\]/g, 'A-Za-z0-9')
    .replace(/\\[Az]/g, '')
    .replace(/\\p\{[A-Za-z]+\}/g, 'a');
  let flags = '';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags = 'i';
  }
  source = source.replace(/\(\?i\)/g, '').replace(/\(\?[imsU]+:/g, '(?:');
  const generator = new RandExp(source, flags);
  generator.max = 2;
  generator.randInt = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
  return generator.gen();
}

const PATTERNS: Record<string, (size: string) => string> = {
  Numeric: (n) => `[0-9]{${n}}`,
  Hex: (n) => `[a-f0-9]{${n}}`,
  AlphaNumeric: (n) => `[a-z0-9]{${n}}`,
  AlphaNumericExtendedShort: (n) => `[a-z0-9_-]{${n}}`,
  AlphaNumericExtended: (n) => `[a-z0-9=_\\-]{${n}}`,
  AlphaNumericExtendedLong: (n) => `[a-z0-9\\/=_\\+\\-]{${n}}`,
  Hex8_4_4_4_12: () => '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
};

/** GenerateSampleSecrets' syntax forms, read from generate.go (`{i}`, `{I}`, `{s}` templates). */
let FORMS = new Map<string, string>();

function sampleSecrets(identifier: string, secret: string): Sample[] {
  return [...FORMS].map(([form, template]) => ({
    form,
    secret,
    text: template.replaceAll('{i}', identifier).replaceAll('{I}', identifier.toUpperCase()).replaceAll('{s}', secret),
  }));
}

const asString = (v: Value): string => {
  if (typeof v === 'string') return v;
  throw new Unknown('not a string');
};
const asList = (v: Value): Sample[] => {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [{ text: v }];
  if (v instanceof Map) return [...v].map(([path, text]) => ({ text, form: `path:${path}` }));
  throw new Unknown('not a list');
};

class Evaluator {
  pos = 0;
  readonly tokens: Token[];
  readonly env: Map<string, Value>;
  constructor(tokens: Token[], env: Map<string, Value>) {
    this.tokens = tokens;
    this.env = env;
  }

  peek(offset = 0): Token | undefined {
    let p = this.pos;
    let seen = -1;
    while (p < this.tokens.length) {
      if (this.tokens[p].kind !== 'nl' && ++seen === offset) return this.tokens[p];
      p++;
    }
    return undefined;
  }
  next(): Token {
    while (this.tokens[this.pos]?.kind === 'nl') this.pos++;
    return this.tokens[this.pos++];
  }
  expect(text: string): void {
    const t = this.next();
    if (t?.text !== text) throw new Unknown(`expected ${text}, got ${t?.text}`);
  }

  expression(): Value {
    let left = this.unary();
    while (this.peek()?.text === '+' && this.peek()?.kind === 'punct') {
      this.next();
      const right = this.unary();
      left = asString(left) + asString(right);
    }
    return left;
  }

  unary(): Value {
    const t = this.next();
    if (!t) throw new Unknown('end');
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return t.text;
    if (t.text === '[' && this.peek()?.text === ']') {
      this.next();
      const type = this.typeName();
      if (this.peek()?.text === '(') {
        // []byte("…") conversion
        this.next();
        const v = this.expression();
        this.expect(')');
        return v;
      }
      return this.composite(type);
    }
    if (t.text === 'map') {
      this.expect('[');
      this.typeName();
      this.expect(']');
      this.typeName();
      return this.composite('map');
    }
    if (t.kind === 'ident') {
      let name = t.text;
      while (this.peek()?.text === '.' && this.peek(1)?.kind === 'ident') {
        this.next();
        name += `.${this.next().text}`;
      }
      if (this.peek()?.text === '(') return this.call(name);
      if (this.peek()?.text === '{' && /^[A-Z]|\.[A-Z]/.test(name)) return this.composite(name);
      if (this.env.has(name)) return this.env.get(name);
      throw new Unknown(`unknown identifier ${name}`);
    }
    if (t.text === '(') {
      const v = this.expression();
      this.expect(')');
      return v;
    }
    if (t.text === '&') return this.unary();
    throw new Unknown(`unexpected ${t.text}`);
  }

  typeName(): string {
    let name = '';
    while (['*', '[', ']'].includes(this.peek()?.text ?? '')) name += this.next().text;
    name += this.next().text;
    while (this.peek()?.text === '.') {
      this.next();
      name += `.${this.next().text}`;
    }
    return name;
  }

  /** `[]string{…}`, `map[string]string{…}`, `config.Rule{…}` (only RuleID kept). */
  composite(type: string): Value {
    this.expect('{');
    const items: Sample[] = [];
    const map = new Map<string, string>();
    let rule = '';
    while (this.peek()?.text !== '}') {
      const start = this.pos;
      try {
        if (type === 'map' || type === 'config.Rule') {
          const keyToken = this.peek();
          if (type === 'config.Rule') {
            this.next();
            this.expect(':');
            if (keyToken?.text === 'RuleID') rule = asString(this.expression());
            else this.skipExpression();
          } else {
            const key = asString(this.expression());
            this.expect(':');
            map.set(key, asString(this.expression()));
          }
        } else items.push(...asList(this.expression()));
      } catch (error) {
        if (!(error instanceof Unknown)) throw error;
        this.pos = start;
        this.skipExpression();
        if (type !== 'config.Rule') unparsed++;
      }
      if (this.peek()?.text === ',') this.next();
    }
    this.expect('}');
    if (type === 'config.Rule') return { rule };
    return type === 'map' ? map : items;
  }

  /** Skips to the next `,` or closing bracket at this depth. */
  skipExpression(): void {
    let depth = 0;
    while (this.pos < this.tokens.length) {
      const t = this.tokens[this.pos];
      if (depth === 0 && [',', '}', ')'].includes(t.text) && t.kind === 'punct') return;
      if (t.kind === 'punct' && ['(', '{', '['].includes(t.text)) depth++;
      if (t.kind === 'punct' && [')', '}', ']'].includes(t.text)) depth--;
      this.pos++;
    }
  }

  call(name: string): Value {
    this.expect('(');
    const callArgs: Value[] = [];
    let spread = false;
    while (this.peek()?.text !== ')') {
      callArgs.push(this.expression());
      if (this.peek()?.text === '...') {
        this.next();
        spread = true;
      }
      if (this.peek()?.text === ',') this.next();
    }
    this.expect(')');
    const short = name.replace(/^(?:utils|secrets|fmt|strings|base64)\./, '');
    if (short in PATTERNS) return PATTERNS[short](callArgs[0] === undefined ? '' : asString(callArgs[0]));
    switch (short) {
      case 'NewSecret':
        return fromRegex(asString(callArgs[0]));
      case 'GenerateSampleSecrets':
        return sampleSecrets(asString(callArgs[0]), asString(callArgs[1]));
      case 'GenerateSampleSecret':
        return `${asString(callArgs[0])}_api_token = "${asString(callArgs[1])}"`;
      case 'Sprintf': {
        const rest = callArgs.slice(1).map(asString);
        return asString(callArgs[0]).replace(/%[sdvq%]/g, (f) => (f === '%%' ? '%' : (rest.shift() ?? '')));
      }
      case 'Repeat':
        return asString(callArgs[0]).repeat(Number(asString(callArgs[1])));
      case 'ToUpper':
        return asString(callArgs[0]).toUpperCase();
      case 'ToLower':
        return asString(callArgs[0]).toLowerCase();
      case 'StdEncoding.EncodeToString':
        return Buffer.from(asString(callArgs[0]), 'latin1').toString('base64');
      case 'RawStdEncoding.EncodeToString':
        return Buffer.from(asString(callArgs[0]), 'latin1').toString('base64').replace(/=+$/, '');
      case 'URLEncoding.EncodeToString':
        return Buffer.from(asString(callArgs[0]), 'latin1').toString('base64url');
      case 'RawURLEncoding.EncodeToString':
        return Buffer.from(asString(callArgs[0]), 'latin1').toString('base64url').replace(/=+$/, '');
      case 'append':
        return [...asList(callArgs[0]), ...callArgs.slice(1).flatMap(asList)];
      case 'string':
        return asString(callArgs[0]);
      default:
        void spread;
        throw new Unknown(`call ${name}`);
    }
  }
}

let unparsed = 0;

/** Top-level statements of a function body: assignments are evaluated, everything else skipped. */
function runBody(tokens: Token[], env: Map<string, Value>): { rule?: string; tps?: Value; fps?: Value } {
  const ev = new Evaluator(tokens, env);
  const result: { rule?: string; tps?: Value; fps?: Value } = {};
  while (ev.pos < tokens.length) {
    const start = ev.pos;
    try {
      const first = ev.peek();
      if (!first) break;
      if (first.text === 'return') {
        ev.next();
        let name = ev.next().text;
        if (ev.peek()?.text === '.') {
          ev.next();
          name += `.${ev.next().text}`;
        }
        if (/Validate/.test(name)) {
          ev.expect('(');
          const r = ev.next().text;
          ev.expect(',');
          result.rule ??= (env.get(r) as { rule: string } | undefined)?.rule;
          result.tps = ev.expression();
          if (ev.peek()?.text === ',') {
            ev.next();
            if (ev.peek()?.text === 'nil') {
              ev.next();
              result.fps = [];
            } else result.fps = ev.expression();
          }
        }
        break;
      }
      if (first.text === 'var' && ev.peek(1)?.text === '(') {
        // `var ( a = …; b = … )`: each line an assignment.
        ev.next();
        ev.next();
        while (ev.peek() && ev.peek()?.text !== ')') {
          const name = ev.next().text;
          ev.expect('=');
          env.set(name, ev.expression());
        }
        ev.expect(')');
        continue;
      }
      if (first.text === 'var') ev.next();
      const target = ev.peek();
      const op = ev.peek(1);
      if (target?.kind === 'ident' && (op?.text === ':=' || op?.text === '=')) {
        ev.next();
        ev.next();
        env.set(target.text, ev.expression());
      } else if (target?.kind === 'ident' && ev.peek(2)?.text === '=') {
        ev.next();
        ev.next();
        ev.next();
        env.set(target.text, ev.expression());
      } else throw new Unknown('statement');
    } catch (error) {
      if (!(error instanceof Unknown)) throw error;
      ev.pos = start;
      skipStatement(tokens, ev);
    }
  }
  const ruleValue = [...env.values()].find((v) => typeof v === 'object' && v !== null && 'rule' in v) as
    | { rule: string }
    | undefined;
  result.rule ??= ruleValue?.rule;
  return result;
}

function skipStatement(tokens: Token[], ev: Evaluator): void {
  let depth = 0;
  let moved = false;
  while (ev.pos < tokens.length) {
    const t = tokens[ev.pos];
    if (t.kind === 'punct' && ['(', '{', '['].includes(t.text)) depth++;
    if (t.kind === 'punct' && [')', '}', ']'].includes(t.text)) depth--;
    ev.pos++;
    if (t.kind === 'nl' && depth <= 0 && moved) return;
    if (t.kind !== 'nl') moved = true;
  }
}

/** Each `func Name() *config.Rule { … }` of a file, as its body's tokens. */
function functionBodies(tokens: Token[]): { name: string; body: Token[] }[] {
  const bodies: { name: string; body: Token[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'func' || tokens[i + 1]?.kind !== 'ident') continue;
    let j = i + 2;
    while (j < tokens.length && tokens[j].text !== '{') j++;
    let depth = 0;
    const start = j + 1;
    for (; j < tokens.length; j++) {
      if (tokens[j].text === '{' && tokens[j].kind === 'punct') depth++;
      if (tokens[j].text === '}' && tokens[j].kind === 'punct' && --depth === 0) break;
    }
    bodies.push({ name: tokens[i + 1].text, body: tokens.slice(start, j) });
    i = j;
  }
  return bodies;
}

// ---- read the forms, then every rule ----

const generate = readFileSync(join(root, 'cmd/generate/config/utils/generate.go'), 'utf8');
{
  const tokens = tokenize(generate);
  const fn = functionBodies(tokens).find((f) => f.name === 'GenerateSampleSecrets')!;
  const env = new Map<string, Value>();
  runBody(fn.body, env);
  FORMS = env.get('samples') as Map<string, string>;
}

interface RuleSamples {
  rule: string;
  tps: Sample[];
  fps: Sample[];
}
const rulesDir = join(root, 'cmd/generate/config/rules');
const globals = new Map<string, Value>();
const ruleSamples: RuleSamples[] = [];
const failedRules: string[] = [];
for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))) {
  const tokens = tokenize(readFileSync(join(rulesDir, file), 'utf8'));
  for (const { name, body } of functionBodies(tokens)) {
    const result = runBody(body, new Map(globals));
    if (!result.rule || result.tps === undefined) {
      if (body.some((t) => t.text === 'RuleID')) failedRules.push(name);
      continue;
    }
    try {
      ruleSamples.push({
        rule: result.rule,
        tps: asList(result.tps),
        fps: result.fps === undefined ? [] : asList(result.fps),
      });
    } catch {
      failedRules.push(name);
    }
  }
}

// ---- detection ----

function found(sample: Sample): boolean {
  const path = sample.form?.startsWith('path:') ? sample.form.slice(5) : scanPath;
  const matches = detectSecrets(sample.text, path);
  if (!sample.secret) return matches.length > 0;
  const secret = sample.secret;
  return matches.some((m) => m.value.includes(secret) || secret.includes(m.value));
}

const byForm = new Map<string, { found: number; total: number }>();
const count = (key: string, hit: boolean) => {
  const entry = byForm.get(key) ?? { found: 0, total: 0 };
  entry.total++;
  if (hit) entry.found++;
  byForm.set(key, entry);
};
/** Obvious stand-ins among gitleaks' true samples (`12345678-ABCD-…`, `AGE-SECRET-KEY-1QQQQ…`, `EXAMPLE`). */
const PLACEHOLDER = /(.)\1{5}|12345678|abcdef|ABCD-ABCD|EXAMPLE|abc123|xxxx|fake/i;
let realTotal = 0;
let realFound = 0;
let tpTotal = 0;
let tpFound = 0;
let fpTotal = 0;
let fpReported = 0;
const ruleLines: string[] = [];
for (const { rule, tps, fps } of ruleSamples) {
  let ruleFound = 0;
  const misses: string[] = [];
  for (const sample of tps) {
    const hit = found(sample);
    if (!PLACEHOLDER.test(sample.secret ?? sample.text)) {
      realTotal++;
      if (hit) realFound++;
    }
    count(sample.form && !sample.form.startsWith('path:') ? sample.form : '(literal samples)', hit);
    if (hit) ruleFound++;
    else misses.push(`${sample.form ?? ''} ${JSON.stringify(sample.text.slice(0, 160))}`);
  }
  let ruleFps = 0;
  const fpHits: string[] = [];
  for (const sample of fps) {
    const path = sample.form?.startsWith('path:') ? sample.form.slice(5) : scanPath;
    const matches = detectSecrets(sample.text, path);
    if (matches.length > 0) {
      ruleFps++;
      fpHits.push(`${matches.map((m) => m.ruleId).join(',')} ${JSON.stringify(sample.text.slice(0, 160))}`);
    }
  }
  tpTotal += tps.length;
  tpFound += ruleFound;
  fpTotal += fps.length;
  fpReported += ruleFps;
  if (ruleFound < tps.length || ruleFps > 0) {
    ruleLines.push(`${rule}\t${ruleFound}/${tps.length} found\t${ruleFps}/${fps.length} fps reported`);
    if (showMisses) {
      for (const miss of misses) ruleLines.push(`    miss ${miss}`);
      for (const hit of fpHits) ruleLines.push(`    fp   ${hit}`);
    }
  }
}

const pct = (a: number, b: number) => `${((a / Math.max(b, 1)) * 100).toFixed(1)} %`;
console.log(
  `gitleaks rules read: ${ruleSamples.length} (unreadable: ${failedRules.join(', ') || 'none'}; ${unparsed} sample items skipped)`,
);
console.log(`scanned as: ${scanPath}\n\nrules not at 100 % recall or with fps reported:`);
for (const line of ruleLines) console.log(`  ${line}`);
console.log('\nrecall per syntax form:');
for (const [form, { found: f, total }] of [...byForm].sort(
  (a, b) => a[1].found / a[1].total - b[1].found / b[1].total,
)) {
  console.log(`  ${pct(f, total).padStart(8)}  ${f}/${total}\t${form}`);
}
console.log(`\nrecall overall: ${pct(tpFound, tpTotal)} (${tpFound}/${tpTotal} true samples)`);
console.log(
  `recall on samples that are not obvious placeholders: ${pct(realFound, realTotal)} (${realFound}/${realTotal})`,
);
console.log(`false samples reported: ${pct(fpReported, fpTotal)} (${fpReported}/${fpTotal})`);
