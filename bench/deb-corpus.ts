// A second corpus of real published code, in the languages the npm corpus lacks: Python, Go, Ruby, PHP and Perl
// libraries as Debian packages them (SDKs of cloud, payment and auth providers, web frameworks, ansible), fetched
// with `apt-get download` and unpacked with `dpkg-deb -x` at test-data time into a cache folder outside the
// repository (never committed). Unlike npm packages, many ship their test suites, fake tokens and test keys included.
// Usage: node bench/deb-corpus.ts [dir]   (default: $LAUNCH_READY_DEB_CORPUS or <tmp>/launch-ready-deb-corpus)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeBytes } from './npm-corpus.ts';

export const DEB_CORPUS_PACKAGES = [
  'python3-django',
  'python3-requests',
  'python3-urllib3',
  'python3-botocore',
  'python3-boto3',
  'python3-flask',
  'python3-sqlalchemy',
  'python3-jwt',
  'python3-paramiko',
  'python3-oauthlib',
  'python3-requests-oauthlib',
  'python3-google-auth',
  'python3-celery',
  'python3-redis',
  'python3-jinja2',
  'python3-werkzeug',
  'python3-aiohttp',
  'python3-httpx',
  'python3-setuptools',
  'python3-stripe',
  'python3-twilio',
  'python3-social-auth-core',
  'python3-msal',
  'python3-azure',
  'python3-openstacksdk',
  'python3-keystoneclient',
  'python3-keystoneauth1',
  'python3-ldap3',
  'python3-pymongo',
  'python3-psycopg2',
  'ansible-core',
  'golang-golang-x-oauth2-dev',
  'golang-github-stretchr-testify-dev',
  'golang-github-gin-gonic-gin-dev',
  'golang-github-spf13-cobra-dev',
  'golang-github-aws-aws-sdk-go-dev',
  'golang-github-go-sql-driver-mysql-dev',
  'golang-github-lib-pq-dev',
  'golang-github-golang-jwt-jwt-dev',
  'golang-github-gorilla-sessions-dev',
  'ruby-activesupport',
  'ruby-actionpack',
  'ruby-activerecord',
  'ruby-rack',
  'ruby-faraday',
  'ruby-oauth2',
  'ruby-devise',
  'ruby-omniauth',
  'ruby-aws-sdk-core',
  'ruby-net-ldap',
  'php-guzzlehttp-guzzle',
  'php-symfony-http-foundation',
  'php-symfony-security-core',
  'php-laravel-framework',
  'libwww-perl',
  'libnet-oauth-perl',
];

export function debCorpusDir(): string {
  return process.env.LAUNCH_READY_DEB_CORPUS ?? join(tmpdir(), 'launch-ready-deb-corpus');
}

/** Downloads and unpacks every package once into `<dir>/tree/<package>`; later calls reuse what is there. */
export function ensureDebCorpus(dir = debCorpusDir()): string {
  const tree = join(dir, 'tree');
  const debs = join(dir, 'debs');
  mkdirSync(tree, { recursive: true });
  mkdirSync(debs, { recursive: true });
  for (const name of DEB_CORPUS_PACKAGES) {
    const target = join(tree, name);
    if (existsSync(target)) continue;
    try {
      execFileSync('apt-get', ['download', name], { cwd: debs, stdio: 'ignore', timeout: 120_000 });
      const file = readdirSync(debs).find((entry) => entry.startsWith(`${name}_`) && entry.endsWith('.deb'));
      if (file === undefined) throw new Error('no .deb');
      mkdirSync(target);
      execFileSync('dpkg-deb', ['-x', join(debs, file), target], { stdio: 'ignore' });
    } catch {
      rmSync(target, { recursive: true, force: true });
      console.error(`apt-get download ${name} failed: skipped`);
    }
  }
  const listed = new Set(DEB_CORPUS_PACKAGES);
  for (const name of readdirSync(tree))
    if (!listed.has(name)) rmSync(join(tree, name), { recursive: true, force: true });
  writeFileSync(join(dir, 'packages.txt'), `${DEB_CORPUS_PACKAGES.join('\n')}\n`);
  return tree;
}

if (import.meta.main) {
  const tree = ensureDebCorpus(process.argv[2]);
  console.log(`${tree}: ${(treeBytes(tree) / 1e6).toFixed(1)} MB`);
}
