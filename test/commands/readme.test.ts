// The README's command tables name every slash command, subcommand and option Herald registers, and
// say who may use each: "everyone", "whoever Discord shows" the command (Herald checks nothing more),
// "Manage Server", "Manage Server or the manager role" or "Administrator". Who may is found out from
// the handlers themselves: each subcommand is run for a member without permissions (and for one with the
// manager role) against a context that only knows the manager role; a refusal is the handler's words.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands, type HeraldContext } from '../../commands/index.js';
import { UserError } from '../../src/discord/command.js';
import { createFakeInteraction } from '../helpers/fake-interaction.js';

const README = readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'README.md'), 'utf8');
const GUILD = '200000000000000001';
const ROLE = '300000000000000001';

interface Row {
  usage: string;
  who: string;
}

/** The part of the README from one heading to the next. */
function section(heading: string): string {
  return README.split(new RegExp(`^## ${heading}$`, 'm'))[1]?.split(/^## /m)[0] ?? '';
}

/** The rows of the command tables (under "Commands" and "Live posts"). */
const ROWS: Row[] = (section('Commands') + section('Live posts'))
  .split('\n')
  .filter((line) => line.startsWith('| `/'))
  .map((line) => {
    const [usage = '', who = ''] = line.split(/ +\| +/).map((cell) => cell.replace(/^\| /, ''));
    return { usage: usage.replace(/\\\|/g, '|'), who };
  });

interface Option {
  name: string;
  type: number;
  options?: Option[];
}

const SUBCOMMAND = 1;

function wordIn(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\w-])${word.replace(/-/g, '\\-')}($|[^\\w-])`).test(text);
}

/** The README row of a command (and subcommand): exactly one. */
function rowFor(name: string, sub: string | null): Row {
  const rows = ROWS.filter((row) => row.usage.includes(`\`/${name}`));
  const found = sub === null ? rows : rows.filter((row) => wordIn(row.usage, sub));
  expect(found, `README rows for /${name} ${sub ?? ''}`).toHaveLength(1);
  return found[0] as Row;
}

/** Whether the handler refuses this member for want of a permission, before doing anything. */
async function refuses(name: string, sub: string | null, withManagerRole: boolean): Promise<boolean> {
  const command = commands.find((c) => c.data.name === name);
  const interaction = createFakeInteraction({
    kind: 'command',
    commandName: name,
    guildId: GUILD,
    memberPermissions: { has: () => false },
    ...(sub === null ? {} : { subcommand: sub }),
  });
  Object.assign(interaction, { member: { roles: withManagerRole ? [ROLE] : [] } });
  // Only the manager role is known; anything else a handler reaches for fails, past the permission check.
  const context = {
    store: { posts: { managerRole: () => ROLE } },
    posts: {},
    digests: {},
    config: { feeds: {} },
    now: () => 0,
    version: 'test',
  } as unknown as HeraldContext;
  try {
    await command?.execute(interaction as never, context);
  } catch (error) {
    return error instanceof UserError && /Manage Server|administrators/.test(error.message);
  }
  return false;
}

interface Case {
  name: string;
  sub: string | null;
  options: Option[];
  withDefault: boolean;
}

const CASES: Case[] = commands.flatMap((command): Case[] => {
  const options = (command.data.options ?? []) as Option[];
  const subs = options.filter((o) => o.type === SUBCOMMAND);
  const withDefault = command.data.default_member_permissions != null;
  if (subs.length === 0) return [{ name: command.data.name, sub: null, options, withDefault }];
  return subs.map((s) => ({ name: command.data.name, sub: s.name, options: s.options ?? [], withDefault }));
});

describe('the README on the slash commands', () => {
  it('covers every command Herald registers', () => {
    expect(CASES.length).toBeGreaterThan(20);
    const named = new Set(ROWS.map((row) => /^`\/([a-z-]+)/.exec(row.usage)?.[1]));
    expect([...named].sort()).toEqual(commands.map((c) => c.data.name).sort());
  });

  it.each(CASES.map((c): [string, Case] => [`/${c.name}${c.sub ? ` ${c.sub}` : ''}`, c]))(
    '%s: its options and who may use it',
    async (_label, { name, sub, options, withDefault }) => {
      const row = rowFor(name, sub);
      for (const option of options) expect(wordIn(row.usage, option.name), option.name).toBe(true);
      const plain = await refuses(name, sub, false);
      const manager = await refuses(name, sub, true);
      const expected: Record<string, [boolean, boolean]> = {
        everyone: [false, false],
        [`whoever Discord shows \`/${name}\``]: [false, false],
        'Manage Server': [true, true],
        'Manage Server or the manager role': [true, false],
        Administrator: [true, true],
      };
      expect(Object.keys(expected)).toContain(row.who);
      expect([plain, manager], `${row.who}: refused without permissions, with the manager role`).toEqual(
        expected[row.who],
      );
      // Discord hides a command with a default permission from other members until the server says otherwise.
      expect(row.who === 'everyone', 'everyone only where Discord shows the command to all').toBe(
        !withDefault,
      );
    },
  );
});
