// A corpus of real published code with no real secrets in it: popular npm packages, packed from the
// registry with `npm pack` at test-data time into a cache folder outside the repository (never committed).
// Used by bench/secret-scan-precision.bench.ts (findings on real code) and bench/secret-scan.bench.ts (speed).
// Usage: node bench/npm-corpus.ts [dir]   (default: $LAUNCH_READY_NPM_CORPUS or <tmp>/launch-ready-npm-corpus)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Build tools, test runners, scanners, SDKs of payment/cloud/auth providers (full of key-like strings), UI kits. */
export const NPM_CORPUS_PACKAGES = [
  'vite@7',
  'vitest@3',
  '@vitest/expect@3',
  '@vercel/ncc@0.38',
  'secretlint@9',
  '@secretlint/core@9',
  '@secretlint/secretlint-rule-preset-recommend@9',
  'typescript@5',
  'rollup@4',
  'webpack@5',
  'eslint@9',
  '@babel/core@7',
  '@babel/parser@7',
  '@babel/traverse@7',
  'terser@5',
  'postcss@8',
  'react-dom@19',
  'react@19',
  'vue@3',
  '@vue/compiler-sfc@3',
  'svelte@5',
  'lodash@4',
  'zod@3',
  'undici@7',
  'stripe@18',
  '@octokit/rest@21',
  '@octokit/openapi-types@25',
  'firebase-admin@13',
  '@firebase/app@0.13',
  '@sentry/browser@9',
  '@sentry/core@9',
  '@slack/web-api@7',
  'openai@5',
  '@anthropic-ai/sdk@0.54',
  'jsonwebtoken@9',
  'jose@6',
  'passport@0.7',
  'next-auth@4',
  'mongodb@6',
  'pg@8',
  'mysql2@3',
  'ioredis@5',
  'sequelize@6',
  'express@5',
  'axios@1',
  'dotenv@16',
  'yaml@2',
  'js-yaml@4',
  'ajv@8',
  'markdown-it@14',
  '@aws-sdk/client-s3@3',
  '@aws-sdk/client-sts@3',
  '@google-cloud/storage@7',
  '@sendgrid/mail@8',
  'mailgun.js@12',
  'nodemailer@7',
  'shopify-api-node@3',
];

export function npmCorpusDir(): string {
  return process.env.LAUNCH_READY_NPM_CORPUS ?? join(tmpdir(), 'launch-ready-npm-corpus');
}

/** Packs and unpacks every package once into `<dir>/tree/<name>`; later calls reuse what is there. */
export function ensureNpmCorpus(dir = npmCorpusDir()): string {
  const tree = join(dir, 'tree');
  const packs = join(dir, 'packs');
  mkdirSync(tree, { recursive: true });
  mkdirSync(packs, { recursive: true });
  for (const spec of NPM_CORPUS_PACKAGES) {
    const name = spec.slice(0, spec.lastIndexOf('@')).replace('/', '__');
    const target = join(tree, name);
    if (existsSync(target)) continue;
    // Earlier runs may have unpacked more packages than the list now holds: only listed ones are kept (below).
    let file: string;
    try {
      const out = execFileSync('npm', ['pack', spec, '--pack-destination', packs, '--json', '--silent'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 120_000,
      });
      file = JSON.parse(out)[0].filename;
    } catch {
      console.error(`npm pack ${spec} failed: skipped`);
      continue;
    }
    const staging = join(dir, 'staging');
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    execFileSync('tar', ['-xzf', join(packs, file.replace('/', '-').replace(/^@/, '')), '-C', staging]);
    renameSync(join(staging, readdirSync(staging)[0]), target);
  }
  const listed = new Set(NPM_CORPUS_PACKAGES.map((spec) => spec.slice(0, spec.lastIndexOf('@')).replace('/', '__')));
  for (const name of readdirSync(tree))
    if (!listed.has(name)) rmSync(join(tree, name), { recursive: true, force: true });
  writeFileSync(join(dir, 'packages.txt'), `${NPM_CORPUS_PACKAGES.join('\n')}\n`);
  return tree;
}

/** Total size of the regular files under a folder, in bytes. */
export function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

if (import.meta.main) {
  const tree = ensureNpmCorpus(process.argv[2]);
  console.log(`${tree}: ${(treeBytes(tree) / 1e6).toFixed(1)} MB`);
}
