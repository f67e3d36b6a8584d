// secret-scan's recall on the public fixture suites other scanners ship, read from checkouts given on the command
// line (nothing of theirs is copied into this repository):
// - TruffleHog: the `Test*_Pattern` tables in pkg/detectors/<name>/<name>_test.go (input text + want). A case with a
//   non-empty want is a true sample, found when a finding holds (or is held by) one wanted value; a case that wants
//   nothing is a negative sample, and any finding on it counts as a false positive.
// - secretlint: packages/@secretlint/secretlint-rule-*/test/snapshots/<case>/input* with output.json: a case with
//   messages is a true sample, found when a finding overlaps each reported range; one without is a negative sample.
// - Nosey Parker: the `examples` (true) and `negative_examples` of each rule in its rules folder
//   (crates/noseyparker/data/default/builtin/rules); a true example is found when any finding falls in it.
// Reports recall per detector/rule and overall, and the biggest misses. Not part of `npm test`; prints usage and exits
// when no checkout is given (so `npm run bench` skips it).
// Usage: node bench/secret-scan-fixtures.bench.ts [--trufflehog <dir>] [--secretlint <dir>] [--noseyparker <dir>]
//   [--misses <rule>] [--fp]
//   where <dir> is an exported tree, e.g. `git --git-dir=<mirror> archive HEAD pkg/detectors | tar -x -C <dir>`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

const { detectSecrets } = await import('../shared/checks/secret-scan/detect.ts');

const { values: args } = parseArgs({
  options: {
    trufflehog: { type: 'string' },
    secretlint: { type: 'string' },
    noseyparker: { type: 'string' },
    /** Print the missed inputs of one detector/rule (for working on it locally; never commit them). */
    misses: { type: 'string' },
    fp: { type: 'boolean' },
  },
});
if (!args.trufflehog && !args.secretlint && !args.noseyparker) {
  console.log(
    'secret-scan-fixtures: skipped (pass --trufflehog <dir>, --secretlint <dir> and/or --noseyparker <dir>, see the header)',
  );
  process.exit(0);
}

interface Sample {
  suite: string;
  rule: string;
  text: string;
  path: string;
  /** Wanted values (TruffleHog) or ranges (secretlint); empty for a negative sample. */
  wants: string[];
  ranges: [number, number][];
}

interface Tally {
  positives: number;
  found: number;
  /** True samples that are obvious placeholders: counted apart. */
  placeholders: number;
  placeholdersFound: number;
  /** True samples with any finding at all, whatever its value. */
  flagged: number;
  negatives: number;
  falsePositives: number;
  missed: Sample[];
  fps: Sample[];
}

// --- A small evaluator for the Go string expressions TruffleHog's tables use ---------------------------------------

class GoExpr {
  pos = 0;
  readonly src: string;
  readonly vars: Map<string, string>;
  constructor(src: string, vars: Map<string, string>) {
    this.src = src;
    this.vars = vars;
  }

  private ws(): void {
    for (;;) {
      const m = /^(?:\s+|\/\/[^\n]*)/.exec(this.src.slice(this.pos, this.pos + 400));
      if (!m) return;
      this.pos += m[0].length;
    }
  }

  expr(): string {
    let value = this.term();
    for (;;) {
      this.ws();
      if (this.src[this.pos] !== '+') return value;
      this.pos++;
      value += this.term();
    }
  }

  private term(): string {
    this.ws();
    const c = this.src[this.pos];
    if (c === '"') return this.quoted();
    if (c === '`') {
      const end = this.src.indexOf('`', this.pos + 1);
      if (end === -1) throw new Error('unterminated raw string');
      const value = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      return value;
    }
    const id = /^[A-Za-z_][\w.]*/.exec(this.src.slice(this.pos, this.pos + 100))?.[0];
    if (!id) throw new Error(`unexpected ${c}`);
    this.pos += id.length;
    if (id === 'fmt.Sprintf' || id === 'strings.Repeat' || id === 'string' || id === 'strings.Join') {
      return this.call(id);
    }
    const value = this.vars.get(id);
    if (value === undefined) throw new Error(`unknown ${id}`);
    return value;
  }

  private call(id: string): string {
    this.ws();
    if (this.src[this.pos] !== '(') throw new Error('expected (');
    this.pos++;
    const parts: string[] = [];
    for (;;) {
      this.ws();
      if (this.src[this.pos] === ')') break;
      const num = /^\d+/.exec(this.src.slice(this.pos, this.pos + 12))?.[0];
      if (num) {
        parts.push(num);
        this.pos += num.length;
      } else parts.push(this.expr());
      this.ws();
      if (this.src[this.pos] === ',') this.pos++;
    }
    this.pos++;
    if (id === 'string') return parts[0];
    if (id === 'strings.Repeat') return parts[0].repeat(Number(parts[1]));
    if (id === 'strings.Join') throw new Error('join');
    let next = 1;
    return parts[0].replace(/%(?:\[(\d+)\])?([-+# 0-9.]*)([svdqx%])/g, (_, index, __, verb) => {
      if (verb === '%') return '%';
      const arg = parts[index ? Number(index) : next++];
      if (arg === undefined) throw new Error('missing arg');
      return verb === 'q' ? JSON.stringify(arg) : arg;
    });
  }

  private quoted(): string {
    let out = '';
    let i = this.pos + 1;
    for (; i < this.src.length && this.src[i] !== '"'; i++) {
      if (this.src[i] === '\n') throw new Error('newline in string');
      if (this.src[i] !== '\\') {
        out += this.src[i];
        continue;
      }
      const e = this.src[++i];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', "'": "'", '0': '\0' };
      if (e in simple) out += simple[e];
      else if (e === 'x') {
        out += String.fromCharCode(Number.parseInt(this.src.slice(i + 1, i + 3), 16));
        i += 2;
      } else if (e === 'u') {
        out += String.fromCharCode(Number.parseInt(this.src.slice(i + 1, i + 5), 16));
        i += 4;
      } else out += e;
    }
    this.pos = i + 1;
    return out;
  }

  /** `[]string{a, b}`, `[]string{}`, `nil`. */
  list(): string[] {
    this.ws();
    if (this.src.startsWith('nil', this.pos)) return [];
    const open = /^\[\]string\s*\{/.exec(this.src.slice(this.pos, this.pos + 20));
    if (!open) throw new Error('want is not a []string');
    this.pos += open[0].length;
    const items: string[] = [];
    for (;;) {
      this.ws();
      if (this.src[this.pos] === '}') return items;
      items.push(this.expr());
      this.ws();
      if (this.src[this.pos] === ',') this.pos++;
    }
  }
}

function goStringVars(src: string): Map<string, string> {
  const vars = new Map<string, string>();
  const decl = /^[ \t]*(?:(?:var|const)[ \t]+)?([A-Za-z_]\w*)[ \t]*(?:string[ \t]*)?(?::=|=)[ \t]*/gm;
  for (let m = decl.exec(src); m; m = decl.exec(src)) {
    const parser = new GoExpr(src, vars);
    parser.pos = m.index + m[0].length;
    try {
      vars.set(m[1], parser.expr());
    } catch {
      // Not a string expression (a struct, a call we do not model): skipped.
    }
  }
  return vars;
}

function trufflehogSamples(root: string): { samples: Sample[]; unparsed: number } {
  const dir = join(root, 'pkg', 'detectors');
  const samples: Sample[] = [];
  let unparsed = 0;
  for (const name of readdirSync(dir)) {
    const testFile = join(dir, name, `${name}_test.go`);
    if (!existsSync(testFile)) continue;
    const src = readFileSync(testFile, 'utf8');
    const fn = /func Test\w*_Pattern\(/.exec(src);
    if (!fn) continue;
    const vars = goStringVars(src);
    const body = src.slice(fn.index, src.indexOf('\nfunc ', fn.index + 10) >>> 0 || src.length);
    const input = /\binput:\s*/g;
    for (let m = input.exec(body); m; m = input.exec(body)) {
      // A case commented out in the table (`//	input: \`\`,`) is not a test TruffleHog runs: reading it made
      // samples with an empty text that no scanner could find.
      if (/^[ \t]*\/\/[^\n]*$/.test(body.slice(body.lastIndexOf('\n', m.index) + 1, m.index))) continue;
      try {
        const parser = new GoExpr(body, vars);
        parser.pos = m.index + m[0].length;
        const text = parser.expr();
        const want = /\bwant:\s*/g;
        want.lastIndex = parser.pos;
        const w = want.exec(body);
        const next = body.indexOf('input:', parser.pos);
        if (!w || (next !== -1 && w.index > next)) throw new Error('no want');
        const wantParser = new GoExpr(body, vars);
        wantParser.pos = w.index + w[0].length;
        samples.push({
          suite: 'trufflehog',
          rule: name,
          text,
          path: 'sample.txt',
          wants: wantParser.list(),
          ranges: [],
        });
      } catch {
        unparsed++;
      }
    }
  }
  return { samples, unparsed };
}

// --- secretlint's snapshot fixtures ----------------------------------------------------------------------------------

/** Rules that report something other than a secret (a home directory path, a .env file, a pattern demo). */
const NOT_SECRET_RULES = new Set(['no-homedir', 'no-dotenv', 'example', 'pattern', 'filter-comments']);

function hasRuleOptions(dir: string): boolean {
  const rc = join(dir, '.secretlintrc.json');
  if (!existsSync(rc)) return false;
  // A preset nests its rules' settings: `{ id: preset, rules: [{ id, options }] }`.
  type Rule = { options?: object; rules?: Rule[] };
  const anyOptions = (rules: Rule[] = []): boolean =>
    rules.some((rule) => Object.keys(rule.options ?? {}).length > 0 || anyOptions(rule.rules));
  return anyOptions((JSON.parse(readFileSync(rc, 'utf8')) as Rule).rules);
}

function secretlintSamples(root: string): { samples: Sample[]; skipped: number } {
  const base = join(root, 'packages', '@secretlint');
  const samples: Sample[] = [];
  let skipped = 0;
  // A case folder holds input* and output.json; the preset packages nest them under secretlint-rule-<name>/.
  const walk = (dir: string, rule: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const inputName = entries.find((e) => e.isFile() && e.name.startsWith('input'))?.name;
    if (inputName && existsSync(join(dir, 'output.json'))) {
      const bytes = readFileSync(join(dir, inputName));
      if (bytes.includes(0) || existsSync(join(dir, 'options.ts')) || existsSync(join(dir, 'options.json'))) {
        skipped++;
        return;
      }
      const output = JSON.parse(readFileSync(join(dir, 'output.json'), 'utf8')) as {
        messages: { range: [number, number]; ruleId: string }[];
      };
      // A case that is clean only because its `.secretlintrc.json` sets rule options (an `allows` list,
      // `enableIDScanRule: false`) says nothing about a scan without them.
      if (output.messages.length === 0 && hasRuleOptions(dir)) {
        skipped++;
        return;
      }
      const text = bytes.toString('utf8');
      const name = dir.slice(dir.lastIndexOf('/') + 1).replace(/[^\w.-]+/g, '-');
      const messages = output.messages.filter(
        (m) => !NOT_SECRET_RULES.has(m.ruleId.replace(/^.*secretlint-rule-/, '')),
      );
      if (output.messages.length > 0 && messages.length === 0) return;
      const common = { suite: 'secretlint', rule, text, path: `${name}/${inputName}`, wants: [] };
      if (messages.length === 0) samples.push({ ...common, ranges: [] });
      // One sample per reported secret: a file of five keys is five samples.
      for (const m of messages) samples.push({ ...common, ranges: [m.range], wants: [text.slice(...m.range)] });
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const sub = e.name.startsWith('secretlint-rule-') ? e.name.slice('secretlint-rule-'.length) : rule;
      if (!NOT_SECRET_RULES.has(sub)) walk(join(dir, e.name), sub);
    }
  };
  for (const pkg of readdirSync(base)) {
    if (!pkg.startsWith('secretlint-rule-')) continue;
    const rule = pkg.slice('secretlint-rule-'.length);
    const snapshots = join(base, pkg, 'test', 'snapshots');
    if (!NOT_SECRET_RULES.has(rule) && existsSync(snapshots)) walk(snapshots, rule);
  }
  return { samples, skipped };
}

/**
 * Nosey Parker's rules (one YAML file each under its rules folder) carry `examples`, which the rule must match, and
 * `negative_examples`, which it must not. An example is found when any finding falls in it: the rule gives no value.
 */
function noseyParkerSamples(dir: string): Sample[] {
  const samples: Sample[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yml'))) {
    const doc = parseYaml(readFileSync(join(dir, file), 'utf8')) as { rules?: NoseyParkerRule[] } | null;
    for (const rule of doc?.rules ?? []) {
      const common = { suite: 'noseyparker', rule: rule.id ?? rule.name ?? file, path: 'example.txt', wants: [] };
      for (const text of rule.examples ?? []) samples.push({ ...common, text, ranges: [[0, text.length]] });
      for (const text of rule.negative_examples ?? []) samples.push({ ...common, text, ranges: [] });
    }
  }
  return samples;
}

interface NoseyParkerRule {
  id?: string;
  name?: string;
  examples?: string[];
  negative_examples?: string[];
}

/** An obvious placeholder (`sk_live_AAAAAAAA…`, `…EXAMPLE`, `xxxx`): reporting it would be a false positive elsewhere. */
function isPlaceholder(sample: Sample): boolean {
  return sample.wants.some((w) => /(.)\1{7,}|example|xxxx|\*{4}|0123456789|abcdef(?:gh|12)|a1b2c3d4|1a2b3c4d/i.test(w));
}

// --- Scoring ---------------------------------------------------------------------------------------------------------

function isPositive(sample: Sample): boolean {
  return sample.wants.length > 0 || sample.ranges.length > 0;
}

function isFound(sample: Sample): boolean {
  const matches = detectSecrets(sample.text, sample.path);
  if (sample.suite === 'trufflehog') {
    return sample.wants.some((want) =>
      matches.some((m) => m.value.includes(want) || (m.value.length >= 6 && want.includes(m.value))),
    );
  }
  const lineStarts = [0];
  for (let i = sample.text.indexOf('\n'); i !== -1; i = sample.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const spans = matches.map((m) => {
    const start = lineStarts[m.line - 1] + m.column - 1;
    return [start, start + m.value.length];
  });
  return sample.ranges.some(([a, b]) => spans.some(([s, e]) => s < b && a < e));
}

function score(samples: readonly Sample[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const sample of samples) {
    let tally = tallies.get(sample.rule);
    if (!tally) {
      tally = {
        positives: 0,
        found: 0,
        placeholders: 0,
        placeholdersFound: 0,
        flagged: 0,
        negatives: 0,
        falsePositives: 0,
        missed: [],
        fps: [],
      };
      tallies.set(sample.rule, tally);
    }
    if (isPositive(sample) && isPlaceholder(sample)) {
      tally.placeholders++;
      if (isFound(sample)) tally.placeholdersFound++;
    } else if (isPositive(sample)) {
      tally.positives++;
      if (detectSecrets(sample.text, sample.path).length > 0) tally.flagged++;
      if (isFound(sample)) tally.found++;
      else tally.missed.push(sample);
    } else {
      tally.negatives++;
      if (detectSecrets(sample.text, sample.path).length > 0) {
        tally.falsePositives++;
        tally.fps.push(sample);
      }
    }
  }
  return tallies;
}

function report(suite: string, samples: readonly Sample[], note: string): void {
  const tallies = score(samples);
  let positives = 0;
  let found = 0;
  let negatives = 0;
  let falsePositives = 0;
  let placeholders = 0;
  let placeholdersFound = 0;
  let flagged = 0;
  for (const t of tallies.values()) {
    flagged += t.flagged;
    placeholders += t.placeholders;
    placeholdersFound += t.placeholdersFound;
    positives += t.positives;
    found += t.found;
    negatives += t.negatives;
    falsePositives += t.falsePositives;
  }
  const pct = (a: number, b: number) => (b === 0 ? '-' : `${((a / b) * 100).toFixed(1)} %`);
  console.log(`\n${suite}: ${note}`);
  console.log(`  recall ${found}/${positives} = ${pct(found, positives)} over ${tallies.size} detectors/rules`);
  // What a harness that cannot compare values across scanners counts: any finding on a true sample.
  console.log(`  flagged (any finding on a true sample): ${flagged}/${positives} = ${pct(flagged, positives)}`);
  console.log(
    `  with placeholders counted in: ${found + placeholdersFound}/${positives + placeholders} = ` +
      `${pct(found + placeholdersFound, positives + placeholders)} (${placeholders} placeholder samples)`,
  );
  console.log(
    `  false positives on negative samples: ${falsePositives}/${negatives} = ${pct(falsePositives, negatives)}`,
  );
  const missing = [...tallies]
    .filter(([, t]) => t.found < t.positives)
    .sort((a, b) => b[1].missed.length - a[1].missed.length);
  const none = missing.filter(([, t]) => t.found === 0).map(([rule]) => rule);
  const partial = missing.filter(([, t]) => t.found > 0).map(([rule, t]) => `${rule} ${t.found}/${t.positives}`);
  console.log(`  detectors with nothing found (${none.length}): ${none.join(' ')}`);
  console.log(`  partly found (${partial.length}): ${partial.join(', ')}`);
  const fpRules = [...tallies]
    .filter(([, t]) => t.falsePositives > 0)
    .map(([rule, t]) => `${rule} ${t.falsePositives}`);
  console.log(`  false positives by detector (${fpRules.length}): ${fpRules.join(', ')}`);
  const show = args.misses;
  if (show) {
    for (const rule of show.split(',')) {
      for (const sample of tallies.get(rule)?.missed ?? []) {
        console.log(`  MISS ${rule} ${JSON.stringify(sample.text.slice(0, 400))} want ${JSON.stringify(sample.wants)}`);
      }
    }
  }
  if (args.fp) {
    for (const [rule, t] of tallies) {
      for (const sample of t.fps) {
        const ids = detectSecrets(sample.text, sample.path).map((m) => `${m.ruleId}=${JSON.stringify(m.value)}`);
        console.log(`  FP ${rule} [${ids.join(',')}] ${JSON.stringify(sample.text.slice(0, 200))}`);
      }
    }
  }
}

if (args.trufflehog) {
  const { samples, unparsed } = trufflehogSamples(args.trufflehog);
  report('TruffleHog pattern tables', samples, `${samples.length} cases read, ${unparsed} not evaluable`);
}
if (args.noseyparker) {
  const samples = noseyParkerSamples(args.noseyparker);
  report('Nosey Parker rule examples', samples, `${samples.length} examples read`);
}
if (args.secretlint) {
  const { samples, skipped } = secretlintSamples(args.secretlint);
  report('secretlint snapshots', samples, `${samples.length} cases read, ${skipped} skipped (binary or options)`);
}
