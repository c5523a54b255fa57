import { PermissionFlagsBits, PermissionsBitField, type GuildMember } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { missingBotPermissions, type PermissionCheckedChannel } from '../../src/discord/permissions.js';

const ME = { id: '100000000000000001' } as GuildMember;
const { ViewChannel, SendMessages, EmbedLinks, SendMessagesInThreads, Administrator } = PermissionFlagsBits;

function channel(granted: bigint[] | null, thread = false): PermissionCheckedChannel {
  return {
    isThread: () => thread,
    permissionsFor: (member) => (member === ME && granted !== null ? new PermissionsBitField(granted) : null),
  };
}

describe('missingBotPermissions', () => {
  it.each([
    ['everything granted', channel([ViewChannel, SendMessages, EmbedLinks]), []],
    ['no embeds', channel([ViewChannel, SendMessages]), ['Embed Links']],
    ['nothing', channel([]), ['View Channel', 'Send Messages', 'Embed Links']],
    ['administrator', channel([Administrator]), []],
    [
      'thread needs Send Messages in Threads',
      channel([ViewChannel, SendMessages, EmbedLinks], true),
      ['Send Messages in Threads'],
    ],
    ['thread with it', channel([ViewChannel, SendMessagesInThreads, EmbedLinks], true), []],
    ['permissions unknown', channel(null), ['View Channel', 'Send Messages', 'Embed Links']],
  ])('%s', (_name, target, missing) => {
    expect(missingBotPermissions(target, ME)).toEqual(missing);
  });

  it('reports every permission when the bot member is not cached', () => {
    expect(missingBotPermissions(channel([Administrator]), null)).toEqual([
      'View Channel',
      'Send Messages',
      'Embed Links',
    ]);
  });
});
