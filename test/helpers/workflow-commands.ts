// What the GitHub runner would execute from an action's stdout, parsed as actions/runner does
// (ActionCommandManager): `::name props::data` at a line's start after spaces, `##[name props]data` anywhere
// in a line, nothing but the resume token between `::stop-commands::TOKEN` and `::TOKEN::`.

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  // The runner reads lines split on \n; a lone \r does not end one.
  for (const line of stdout.split('\n').map((l) => l.replace(/\r$/, ''))) {
    const trimmed = line.trimStart();
    const v2 = /^::(.*?)::(.*)$/s.exec(trimmed);
    const [name = '', props = ''] = v2 ? v2[1]!.split(/ (.*)/s) : [];
    if (stopToken !== undefined) {
      if (v2 && name === stopToken) stopToken = undefined;
      continue;
    }
    if (v2) {
      const properties: Record<string, string> = {};
      for (const pair of props.split(',').filter(Boolean)) {
        const [key, value = ''] = pair.split(/=(.*)/s);
        properties[key!.trim()] = unescapeProperty(value);
      }
      const command = { name, properties, data: unescapeData(v2[2]!), line };
      if (command.name === 'stop-commands') stopToken = command.data;
      commands.push(command);
      continue;
    }
    const v1 = /##\[([^\] ;]+)[^\]]*\](.*)$/.exec(line);
    if (v1) commands.push({ name: v1[1]!, properties: {}, data: v1[2]!, line });
  }
  return commands;
}
