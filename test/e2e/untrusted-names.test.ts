// A fork's pull request names the files: a name holding a workflow command, an escape sequence or markdown
// reaches the action's log, the terminal, the job summary and the SARIF file as a name, never as a command.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { workflowCommands } from '../helpers/workflow-commands.ts';
import { keys, tempDir } from '../shared/checks/secret-scan/scan-helpers.ts';

const INJECTING = 'x\n::error file=pwned.js,line=1::INJECTED\ny.js';
const MASKING = 'a\n::add-mask::everything\n.js';
const ESCAPING = 'term\x1b]0;pwned\x07\x1b[2J.js';
const MARKDOWN = '__init__[x](https:evil.example).js';
const SPACED = 'my dir/100% done.js';

let repo: { dir: string; cleanup: () => void };
beforeAll(() => {
  repo = tempDir('lr-e2e-names-');
  mkdirSync(join(repo.dir, 'my dir'));
  for (const name of [INJECTING, MASKING, ESCAPING, MARKDOWN, SPACED]) {
    writeFileSync(join(repo.dir, name), `const key = '${keys.stripe()}';\n`);
  }
});
afterAll(() => repo.cleanup());

describe('hostile file names through the secret-scan bundles', () => {
  it('the action runs no command from them, and SARIF names them as URI references', async () => {
    const result = await runActionBundle('secret-scan', { mode: 'tree', 'sarif-file': 'scan.sarif' }, repo.dir);
    expect(result.code).toBe(1);
    const commands = workflowCommands(result.stdout);
    const names = new Set(commands.map((c) => c.name));
    for (const name of names)
      expect(['add-mask', 'error', 'warning', 'notice', 'group', 'endgroup', 'stop-commands']).toContain(name);
    expect(commands.filter((c) => c.properties.file === 'pwned.js' || c.data === 'INJECTED')).toEqual([]);
    // Only the secrets found (and the job token) are masked, never a name's text.
    for (const mask of commands.filter((c) => c.name === 'add-mask')) {
      expect(mask.data === RUNNER_TOKEN || /^sk_live_/.test(mask.data)).toBe(true);
    }
    // Each finding's annotation sits on its real file.
    const files = commands.filter((c) => c.properties.title).map((c) => c.properties.file);
    expect(files).toEqual(expect.arrayContaining([INJECTING, MASKING, SPACED]));

    const sarif = JSON.parse(readFileSync(join(repo.dir, 'scan.sarif'), 'utf8'));
    const uris: string[] = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('my%20dir/100%25%20done.js');
    expect(uris).toContain('x%0A%3A%3Aerror%20file%3Dpwned.js%2Cline%3D1%3A%3AINJECTED%0Ay.js');
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]+$/);

    // The summary shows the names as text: no link, no bold.
    expect(result.summary).toContain('\\_\\_init\\_\\_\\[x\\](https:evil.example).js');
  });

  it('the CLI prints no escape sequence from them', async () => {
    const result = await runCliBundle(['secret-scan', '--mode', 'tree'], repo.dir);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(result.stdout).toContain('term\\x1b]0;pwned\\x07\\x1b[2J.js');
  });
});
