// The /digest handler through the digest service, a real temporary store and a fixed clock: each
// subcommand's answer, the words of coded refusals, and the permission checks before any change.
import {
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldContext } from '../../commands/context.js';
import { digest } from '../../commands/digest.js';
import type { MessagePayload } from '../../src/discord/render.js';
import { visibleText } from '../discord/limits-check.js';
import { createDigestRig, type DigestRig } from '../helpers/digest-rig.js';
import {
  createFakeInteraction,
  type FakeInteraction,
  type FakeOptions,
} from '../helpers/fake-interaction.js';
import { createFakeRest, type FakeRest } from '../helpers/fake-rest.js';
import { newsArticle } from '../helpers/news-articles.js';
import { refusal } from '../helpers/refusal.js';
import { createTempStore, type TempStore } from '../helpers/temp-store.js';

/** Parts of the context these handlers never touch (feeds and live posts have their own tests). */
const UNUSED = {
  config: { feeds: {} as HeraldContext['config']['feeds'] },
  posts: {} as HeraldContext['posts'],
};

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const CHANNEL = '200000000000000002';
const admin = { has: (bit: bigint) => bit === PermissionFlagsBits.ManageGuild };
const member = { has: () => false };

let temp: TempStore;
let rest: FakeRest;
let rig: DigestRig;
let context: HeraldContext;

beforeEach(() => {
  temp = createTempStore('herald-digest-command-');
  rest = createFakeRest();
  rig = createDigestRig(temp.store, rest, { t: T0 });
  context = { store: temp.store, now: () => T0, version: '0', digests: rig.digests, ...UNUSED };
});

afterEach(async () => {
  await rig.digests.stop();
  temp.remove();
});

function interaction(
  subcommand: string,
  values: NonNullable<FakeOptions['values']> = {},
  extra: Partial<FakeOptions> = {},
) {
  return createFakeInteraction({
    kind: 'command',
    subcommand,
    values,
    guildId: 'g1',
    memberPermissions: admin,
    ...extra,
  }) as FakeInteraction & ChatInputCommandInteraction;
}

function addDigest(name: string, topic: string | null = null): number {
  const added = rig.digests.add({
    guildId: 'g1',
    channelId: CHANNEL,
    schedule: 'daily 09:00',
    timeZone: 'Europe/Berlin',
    topic,
    max: 5,
    name,
    userId: 'u1',
  });
  if (!added.ok) throw new Error(added.error.code);
  return added.value.sub.id;
}

const shown = async (run: Promise<unknown> | unknown) => visibleText((await run) as MessagePayload);

describe('/digest', () => {
  it("lists the server's digests with their schedules and topics", async () => {
    addDigest('Morning', 'harbour');
    addDigest('Evening', 'trams');
    const text = await shown(digest.execute(interaction('list'), context));
    for (const words of ['Morning', 'Evening', 'harbour', 'trams', 'every day at 09:00', 'Europe/Berlin']) {
      expect(text).toContain(words);
    }
  });

  it('pauses, says so, and refuses a second pause in words', async () => {
    const id = addDigest('Morning');
    expect(await shown(digest.execute(interaction('pause', { id }), context))).toContain(
      `paused. /digest resume starts it again.`,
    );
    expect(await refusal(() => digest.execute(interaction('pause', { id }), context))).toBe(
      `Digest #${id} is already paused by ada.`,
    );
  });

  it('removes a digest of this server only', async () => {
    const id = addDigest('Morning');
    expect(
      await refusal(() => digest.execute(interaction('remove', { id }, { guildId: 'g2' }), context)),
    ).toBe(`This server has no digest #${id}. See /digest list.`);
    expect(await shown(digest.execute(interaction('remove', { id }), context))).toContain('removed.');
    expect(temp.store.subscriptions.all()).toEqual([]);
  });

  it('posts now after acknowledging privately, and says where', async () => {
    temp.store.articles.upsert([newsArticle('a1', 'Harbour reopens', T0 - 2 * HOUR, T0 - HOUR)]);
    const id = addDigest('Morning');
    const asked = interaction('send', { id });
    expect(await shown(digest.execute(asked, context))).toContain(`Digest #${id} posted in`);
    expect(asked.calls.map((c) => c.method)).toEqual(['deferReply']);
    expect(rest.posts.map((p) => p.body.embeds.map((e) => e.title))).toEqual([['Harbour reopens']]);
  });

  it('previews privately, and says when nothing matches', async () => {
    temp.store.articles.upsert([newsArticle('a1', 'Harbour reopens', T0 - 2 * HOUR, T0 - HOUR)]);
    const preview = (await digest.execute(
      interaction('preview', {}, { memberPermissions: member }),
      context,
    )) as MessagePayload & { flags?: number };
    expect(visibleText(preview)).toContain('Harbour reopens');
    expect(preview.flags).toBe(64);
    expect(await refusal(() => digest.execute(interaction('preview', { topic: 'zeppelins' }), context))).toBe(
      'Nothing published in the last 24 hours matches “zeppelins”.',
    );
    expect(rest.posts).toEqual([]);
  });

  it('asks for Manage Server before a change, and a server before anything', async () => {
    const id = addDigest('Morning');
    expect(
      await refusal(() =>
        digest.execute(interaction('pause', { id }, { memberPermissions: member }), context),
      ),
    ).toBe('You need the Manage Server permission to do this.');
    expect(await refusal(() => digest.execute(interaction('list', {}, { guildId: null }), context))).toBe(
      'Digests belong to a server; use this command in one.',
    );
    expect(temp.store.subscriptions.get(id)?.pausedReason).toBeNull();
  });

  it('refuses to add a digest for a channel Herald cannot see', async () => {
    const asked = interaction('add', { channel: CHANNEL, schedule: 'daily 09:00' });
    expect(await refusal(() => digest.execute(asked, context))).toContain("Herald can't see");
    expect(temp.store.subscriptions.all()).toEqual([]);
  });

  it("offers the server's digests and time zones as autocomplete choices", async () => {
    const morning = addDigest('Morning', 'harbour');
    addDigest('Evening');
    const typed = (focused: { name: string; value: string }) =>
      createFakeInteraction({
        kind: 'autocomplete',
        focused,
        guildId: 'g1',
      }) as unknown as AutocompleteInteraction;
    expect(await digest.autocomplete?.(typed({ name: 'id', value: 'harb' }), context)).toEqual([
      { name: `#${morning} Morning · harbour`, value: morning },
    ]);
    const zones = await digest.autocomplete?.(typed({ name: 'timezone', value: 'Berl' }), context);
    expect(zones?.map((z) => z.value)).toContain('Europe/Berlin');
  });
});
