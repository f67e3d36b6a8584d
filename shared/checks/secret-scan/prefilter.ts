// One Aho-Corasick pass over the text finds every rule keyword at once (as gitleaks and TruffleHog do):
// rules whose keyword is absent never run, anchored rules run only where their keyword starts.
// A combined regex of ~200 keywords runs at ~100 MB/s in V8; this automaton runs at ~500 MB/s.
// Matching is case-insensitive; keywords of case-sensitive rules are then checked exactly, which keeps
// short prefixes like `SK` or `AKIA` from firing on every `task` and `akia`.
import type { SecretRule } from './rules/types.ts';

interface Keyword {
  text: string;
  caseSensitive: boolean;
  /** Rules run at the keyword's position. */
  anchored: number[];
  /** Rules that scan the whole text once the keyword appears anywhere. */
  gated: number[];
}

export interface KeywordHits {
  /** Rule index -> positions where its pattern may start. */
  anchors: Map<number, number[]>;
  /** Rules to run over the whole text. */
  scans: Set<number>;
}

/** Keywords are ASCII: every other character leaves the automaton at its root. */
const ALPHABET = 128;
const SHIFT = 7;
const FOLD = new Uint8Array(65536);
for (let c = 0; c < ALPHABET; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

export class KeywordIndex {
  /** delta[state * ALPHABET + char] = next state. */
  readonly #delta: Int32Array;
  /** Keywords ending at each state, including those reached through failure links; undefined when none. */
  readonly #outputs: (Keyword[] | undefined)[];
  /** 1 where #outputs has keywords: a typed-array test keeps the hot loop free of object loads. */
  readonly #accepting: Uint8Array;

  constructor(rules: readonly SecretRule[]) {
    const keywords = collectKeywords(rules);
    const children: Map<number, number>[] = [new Map()];
    const ending: Keyword[][] = [[]];
    for (const keyword of keywords) {
      let state = 0;
      for (const char of keyword.text.toLowerCase()) {
        const code = char.charCodeAt(0);
        if (code >= ALPHABET) throw new Error(`rule keyword must be ASCII: ${keyword.text}`);
        let next = children[state].get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ending.push([]);
          children[state].set(code, next);
        }
        state = next;
      }
      ending[state].push(keyword);
    }
    const delta = new Int32Array(children.length * ALPHABET);
    const fail = new Int32Array(children.length);
    const outputs: (Keyword[] | undefined)[] = new Array(children.length).fill(undefined);
    // Breadth-first, so a state's failure target is complete before the state itself.
    const queue: number[] = [];
    for (const [code, next] of children[0]) {
      delta[code] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const inherited = outputs[fail[state]] ?? [];
      outputs[state] = ending[state].length + inherited.length > 0 ? [...ending[state], ...inherited] : undefined;
      for (let code = 0; code < ALPHABET; code++) {
        const next = children[state].get(code);
        if (next === undefined) {
          delta[state * ALPHABET + code] = delta[fail[state] * ALPHABET + code];
        } else {
          fail[next] = delta[fail[state] * ALPHABET + code];
          delta[state * ALPHABET + code] = next;
          queue.push(next);
        }
      }
    }
    this.#delta = delta;
    this.#outputs = outputs;
    this.#accepting = Uint8Array.from(outputs, (found) => (found === undefined ? 0 : 1));
  }

  find(text: string): KeywordHits {
    const hits: KeywordHits = { anchors: new Map(), scans: new Set() };
    const delta = this.#delta;
    const accepting = this.#accepting;
    let state = 0;
    for (let i = 0, length = text.length; i < length; i++) {
      state = delta[(state << SHIFT) | FOLD[text.charCodeAt(i)]];
      if (accepting[state] === 1) record(hits, this.#outputs[state]!, text, i);
    }
    return hits;
  }
}

function record(hits: KeywordHits, found: readonly Keyword[], text: string, end: number): void {
  for (const keyword of found) {
    const start = end - keyword.text.length + 1;
    if (keyword.caseSensitive && !text.startsWith(keyword.text, start)) continue;
    for (const rule of keyword.gated) hits.scans.add(rule);
    for (const rule of keyword.anchored) {
      const positions = hits.anchors.get(rule);
      if (positions === undefined) hits.anchors.set(rule, [start]);
      else if (positions[positions.length - 1] !== start) positions.push(start);
    }
  }
}

function collectKeywords(rules: readonly SecretRule[]): Keyword[] {
  const byKey = new Map<string, Keyword>();
  rules.forEach((rule, ruleIndex) => {
    // A gating keyword is context (`mailgun` in `MAILGUN_API_KEY`): only anchored prefixes keep their case.
    const caseSensitive = rule.mode !== 'scan' && !rule.pattern.flags.includes('i');
    for (const raw of rule.keywords) {
      const text = caseSensitive ? raw : raw.toLowerCase();
      const key = `${caseSensitive ? 's' : 'i'}:${text}`;
      let keyword = byKey.get(key);
      if (keyword === undefined) {
        keyword = { text, caseSensitive, anchored: [], gated: [] };
        byKey.set(key, keyword);
      }
      const list = rule.mode === 'scan' ? keyword.gated : keyword.anchored;
      if (!list.includes(ruleIndex)) list.push(ruleIndex);
    }
  });
  return [...byKey.values()];
}
