import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { program } from '../../src/cli/main.js';

const doc = await readFile('docs/commands.md', 'utf8');

const cli = program(
  { out: () => undefined, err: () => undefined, cwd: process.cwd(), color: false },
  () => undefined,
);

interface CommandInfo {
  /** Full name under `wharf`: `plan`, `previews destroy`. */
  readonly name: string;
  /** Long options: `--config`, `--no-workers`. */
  readonly options: readonly string[];
}

/** Every command of the program, subcommands included, with its long options. */
function commandsOf(parent: Command, prefix = ''): CommandInfo[] {
  return parent.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => {
      const name = `${prefix}${c.name()}`;
      const options = c.options.flatMap((o) => (o.long ? [o.long] : []));
      return [{ name, options }, ...commandsOf(c, `${name} `)];
    });
}

/** The text under each heading `` `wharf NAME` ``, up to the next heading, by NAME. */
function sections(): Map<string, string> {
  const headings = [...doc.matchAll(/^#{2,4} `wharf ([a-z][a-z ]*)`[ \t]*$/gm)];
  const found = new Map<string, string>();
  for (const heading of headings) {
    const start = heading.index + heading[0].length;
    const next = doc.slice(start).search(/^#{1,4} /m);
    found.set(heading[1] ?? '', doc.slice(start, next < 0 ? undefined : start + next));
  }
  return found;
}

const commands = commandsOf(cli);
const documented = sections();
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('docs/commands.md', () => {
  it('finds the commands of the program, subcommands included', () => {
    const names = commands.map((c) => c.name);
    expect(names).toContain('deploy');
    expect(names).toContain('previews destroy');
  });

  it.each(commands.map((c) => c.name))('has a section `wharf %s`', (name) => {
    expect([...documented.keys()]).toContain(name);
  });

  it.each(commands.filter((c) => c.options.length > 0).map((c) => [c.name, c.options] as const))(
    'documents every option of `wharf %s` in its section',
    (name, options) => {
      const section = documented.get(name) ?? '';
      for (const option of options)
        expect(section, `${option} of wharf ${name}`).toMatch(
          new RegExp(`${escape(option)}(?![A-Za-z0-9-])`),
        );
    },
  );

  it('documents no command the program does not have', () => {
    const names = new Set(commands.map((c) => c.name));
    for (const name of documented.keys()) expect(names, `wharf ${name}`).toContain(name);
  });
});
