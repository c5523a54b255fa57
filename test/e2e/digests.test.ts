import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BRIDGE as BRIDGE_FIXTURE,
  BUDGET as BUDGET_FIXTURE,
  publishedHoursAgo,
  storyCopies,
} from './fixtures.js';
import { run, startHarness, visibleText, type Harness } from './harness.js';

let h: Harness | null = null;

afterEach(async () => {
  await h?.close();
  h = null;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Published a few hours before the bot starts, as news in a digest is; the fixtures' own dates are weeks old.
const BRIDGE = publishedHoursAgo(BRIDGE_FIXTURE, 5);
const BUDGET = publishedHoursAgo(BUDGET_FIXTURE, 3);
const textOf = (post: { api: Record<string, unknown> }) =>
  visibleText({ content: post.api.content as string, embeds: post.api.embeds as unknown[] });

async function addDigest(
  harness: Harness,
  channel: string,
  schedule = '* * * * * *',
  extra: Record<string, string | number> = {},
) {
  const view = await run(
    harness,
    'digest',
    { channel: harness.standIn.channelId(channel), schedule, ...extra },
    { subcommand: 'add' },
  );
  const match = /#(\d+)/.exec(visibleText(view));
  if (!match) throw new Error(`digest add failed: ${visibleText(view)}`);
  return Number(match[1]);
}

function story(i: number): string {
  return `Lighthouse keeper number ${i} retires after decades\n\nThe keeper of lighthouse ${i} retired on Friday after ${20 + i} years on the rock, the harbour office said.\n\n"It was a quiet life and a good one," said keeper Ola Nygaard ${i}.\n`;
}

describe('scheduled digests', () => {
  it('posts exactly one digest per slot to the right channel, and nothing when nothing is new', async () => {
    h = await startHarness({ articles: { 'bridge.md': BRIDGE, 'budget.md': BUDGET } });
    const news = h.standIn.channelId('news');
    await addDigest(h, 'news');
    const first = await h.standIn.waitFor(
      () => h!.standIn.messagesIn(news).length >= 1 && h!.standIn.messagesIn(news),
      5000,
    );
    expect((first[0]!.api.embeds as Array<{ title: string }>).map((e) => e.title)).toEqual([
      'Council passes a budget with more money for parks',
      'Harbour bridge reopens after six months of repairs',
    ]);
    await sleep(2500);
    expect(h.standIn.messagesIn(news)).toHaveLength(1);

    writeFileSync(join(h.articlesDir, 'lighthouse.txt'), story(1));
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 2, 5000);
    await sleep(1500);
    const posts = h.standIn.messagesIn(news);
    expect(posts).toHaveLength(2);
    expect(JSON.stringify(posts[1]!.api)).toContain('Lighthouse keeper');
    expect(JSON.stringify(posts[1]!.api)).not.toContain('Harbour bridge');
    const nonces = posts.map((p) => p.nonce);
    expect(new Set(nonces).size).toBe(2);
    for (const nonce of nonces) expect(nonce!.length).toBeLessThanOrEqual(25);
    expect(h.standIn.messagesIn(h.standIn.channelId('general'), { source: 'channel' })).toHaveLength(0);
    const list = visibleText(await run(h, 'digest', {}, { subcommand: 'list' }));
    expect(list).toMatch(/#1/);
    expect(list).toMatch(/nothing new|posted/);
  });

  it('pauses the subscription of a deleted channel while the other channels still get theirs', async () => {
    h = await startHarness({ articles: { 'bridge.md': BRIDGE } });
    const news = h.standIn.channelId('news');
    const doomed = h.standIn.channelId('digests');
    await addDigest(h, 'news');
    await addDigest(h, 'digests');
    await h.standIn.waitFor(
      () => h!.standIn.messagesIn(news).length >= 1 && h!.standIn.messagesIn(doomed).length >= 1,
      5000,
    );
    h.standIn.deleteChannel(doomed);
    writeFileSync(join(h.articlesDir, 'lighthouse.txt'), story(2));
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 2, 5000);
    await sleep(2000);
    const list = visibleText(await run(h, 'digest', {}, { subcommand: 'list' }));
    expect(list).toMatch(/paused: .*channel/i);
    const afterDelete = h.standIn
      .requestsTo('POST', `/channels/${doomed}/messages`)
      .filter((r) => r.status === 404);
    expect(afterDelete.length).toBeGreaterThanOrEqual(1);
    expect(afterDelete.length).toBeLessThanOrEqual(3);
    expect(h.logs.filter((l) => l.includes('paused')).length).toBeGreaterThanOrEqual(1);
  });

  it('gives one catch-up digest after a restart, not one per missed slot', async () => {
    h = await startHarness({ articles: { 'bridge.md': BRIDGE } });
    const news = h.standIn.channelId('news');
    await addDigest(h, 'news');
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 1, 5000);
    await h.bot.stop();
    writeFileSync(join(h.articlesDir, 'lighthouse.txt'), story(3));
    await sleep(3000);
    await h.restart();
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 2, 5000);
    await sleep(2000);
    const posts = h.standIn.messagesIn(news);
    expect(posts).toHaveLength(2);
    expect(JSON.stringify(posts[1]!.api)).toContain('Lighthouse keeper');
  });

  it('refuses to manage digests without Manage Server, and names what the bot lacks in a channel', async () => {
    h = await startHarness();
    const refused = await run(
      h,
      'digest',
      { channel: h.standIn.channelId('news'), schedule: 'daily 09:00' },
      { subcommand: 'add', memberPermissions: ['SendMessages'] },
    );
    expect(refused.ephemeral).toBe(true);
    expect(visibleText(refused)).toMatch(/Manage Server/);
    h.standIn.setBotPermissions(h.standIn.channelId('news'), { deny: ['SendMessages', 'EmbedLinks'] });
    await sleep(200);
    const blocked = await run(
      h,
      'digest',
      { channel: h.standIn.channelId('news'), schedule: 'daily 09:00' },
      { subcommand: 'add' },
    );
    expect(visibleText(blocked)).toMatch(/Send Messages/);
    expect(visibleText(blocked)).toMatch(/Embed Links/);
    expect(visibleText(await run(h, 'digest', {}, { subcommand: 'list' }))).toMatch(/None yet/);
  });

  it('explains a bad schedule or time zone, and says when the first digest comes', async () => {
    h = await startHarness();
    const bad = await run(
      h,
      'digest',
      { channel: h.standIn.channelId('news'), schedule: '61 * * * *' },
      { subcommand: 'add' },
    );
    expect(visibleText(bad)).toMatch(/minute/i);
    const zone = await run(
      h,
      'digest',
      { channel: h.standIn.channelId('news'), schedule: 'daily 09:00', timezone: 'Mars/Base' },
      { subcommand: 'add' },
    );
    expect(visibleText(zone)).toMatch(/Mars\/Base/);
    const ok = await run(
      h,
      'digest',
      { channel: h.standIn.channelId('news'), schedule: 'weekdays 18:30', timezone: 'Europe/Berlin' },
      { subcommand: 'add' },
    );
    expect(visibleText(ok)).toMatch(/#1/);
    expect(visibleText(ok)).toMatch(/<t:\d+:F>/);
    expect(visibleText(ok)).toContain('Europe/Berlin');
  });

  it('sends a digest on demand, refuses on a paused one, and previews ephemerally', async () => {
    h = await startHarness({ articles: { 'bridge.md': BRIDGE } });
    const id = await addDigest(h, 'news', 'daily 09:00');
    const preview = await run(h, 'digest', {}, { subcommand: 'preview' });
    expect(preview.ephemeral).toBe(true);
    expect(visibleText(preview)).toContain('Harbour bridge');
    const sent = await run(h, 'digest', { id }, { subcommand: 'send' });
    expect(visibleText(sent)).toMatch(/posted in/);
    expect(h.standIn.messagesIn(h.standIn.channelId('news'))).toHaveLength(1);
    expect(visibleText(await run(h, 'digest', { id }, { subcommand: 'send' }))).toMatch(/Nothing new/);
    await run(h, 'digest', { id }, { subcommand: 'pause' });
    expect(visibleText(await run(h, 'digest', { id }, { subcommand: 'send' }))).toMatch(/paused/);
    expect(visibleText(await run(h, 'digest', { id }, { subcommand: 'resume' }))).toMatch(/resumed/);
    expect(visibleText(await run(h, 'digest', { id }, { subcommand: 'remove' }))).toMatch(/removed/);
    expect(visibleText(await run(h, 'digest', {}, { subcommand: 'list' }))).toMatch(/None yet/);
  });

  it('refuses a schedule that fires more often than DIGEST_MIN_INTERVAL allows', async () => {
    h = await startHarness({ env: { DIGEST_MIN_INTERVAL: '300' } });
    const view = await run(
      h,
      'digest',
      { channel: h.standIn.channelId('news'), schedule: '*/1 * * * *' },
      { subcommand: 'add' },
    );
    expect(view.ephemeral).toBe(true);
    expect(visibleText(view)).toMatch(/every 60 s.*300 s/);
  });

  it('records a run that meets server errors as failed and delivers at a later slot', async () => {
    h = await startHarness({ articles: { 'bridge.md': BRIDGE } });
    const news = h.standIn.channelId('news');
    h.standIn.failNext({ method: 'POST', pathPrefix: `/channels/${news}/messages`, status: 500, count: 100 });
    await addDigest(h, 'news');
    await h.standIn.waitFor(() => h!.logs.some((l) => l.includes('digest failed')), 15_000);
    h.standIn.clearFaults();
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 1, 5000);
    await sleep(1500);
    expect(h.standIn.messagesIn(news)).toHaveLength(1);
    expect(JSON.stringify(h.standIn.messagesIn(news)[0]!.api)).toContain('Harbour bridge');
  });

  it('the first digest after loading an old archive holds the recently published stories, grouped', async () => {
    h = await startHarness({ articles: storyCopies() });
    const news = h.standIn.channelId('news');
    await addDigest(h, 'news');
    const [post] = await h.standIn.waitFor(
      () => h!.standIn.messagesIn(news).length >= 1 && h!.standIn.messagesIn(news),
      5000,
    );
    const titles = (post!.api.embeds as Array<{ title: string }>).map((e) => e.title);
    expect(titles).toEqual([
      'Fire destroys Dockside grain warehouse in Port Avel',
      'Council passes a budget with more money for parks',
    ]);
    expect(textOf(post!)).not.toMatch(/Le Monde|2015/);
    expect(textOf(post!)).toMatch(/\+2 more sources/);
    expect(textOf(post!)).toMatch(/4 new articles, 2 stories/);
  });

  it('renders the times and channels Herald writes in its replies, and escapes only what users typed', async () => {
    h = await startHarness({ articles: { 'bridge.md': BRIDGE } });
    const newsId = h.standIn.channelId('news');
    const added = await run(
      h,
      'digest',
      { channel: newsId, schedule: 'daily 09:00', name: 'Morning **news** <#1>' },
      { subcommand: 'add' },
    );
    const addedText = visibleText(added);
    // The first run once, in each reader's zone; the schedule in words with its zone.
    expect(addedText.match(/<t:\d+:[A-Za-z]>/g)).toHaveLength(1);
    expect(addedText).toContain(`<#${newsId}> · every day at 09:00 (UTC)`);
    const id = Number(/#(\d+)/.exec(addedText)![1]);

    await run(h, 'digest', { id }, { subcommand: 'pause' });
    expect(visibleText(await run(h, 'digest', {}, { subcommand: 'list' }))).toMatch(
      /\*\*Paused by [^\n:]+\*\*/,
    );
    const resumed = await run(h, 'digest', { id }, { subcommand: 'resume' });
    expect(resumed.content).toMatch(
      /^Digest #1 Morning \\\*\\\*news\\\*\\\* \\<#1> resumed\. Next digest <t:\d+:R>\.$/,
    );

    const sent = await run(h, 'digest', { id }, { subcommand: 'send' });
    expect(sent.content).toBe(`Digest #1 posted in <#${newsId}>.`);

    h.standIn.setBotPermissions(newsId, { deny: ['SendMessages'] });
    await sleep(200);
    const locked = await run(h, 'digest', { id }, { subcommand: 'resume' });
    expect(locked.content ?? '').not.toContain('\\<');
    const blocked = await run(
      h,
      'digest',
      { channel: newsId, schedule: 'daily 10:00' },
      { subcommand: 'add' },
    );
    expect(blocked.content).toBe(`Herald can't post in <#${newsId}>: it lacks Send Messages.`);
    for (const view of [resumed, sent, blocked]) expect(view.ephemeral).toBe(true);
  });

  it('refuses a second identical digest and names the first; a different topic or name is a new one', async () => {
    h = await startHarness();
    const channel = h.standIn.channelId('news');
    const options = {
      channel,
      schedule: 'weekdays 18:30',
      timezone: 'Europe/Berlin',
      topic: 'Harbour',
      name: 'Evening',
    };
    expect(
      await addDigest(h, 'news', 'weekdays 18:30', {
        timezone: 'Europe/Berlin',
        topic: 'Harbour',
        name: 'Evening',
      }),
    ).toBe(1);
    const twin = await run(
      h,
      'digest',
      { ...options, topic: ' harbour ', schedule: '30 18 * * 1-5' },
      { subcommand: 'add' },
    );
    expect(twin.ephemeral).toBe(true);
    expect(visibleText(twin)).toContain(
      'Digest #1 “Evening” already posts weekdays at 18:30 (Europe/Berlin) on “Harbour”',
    );
    expect(
      await addDigest(h, 'news', 'weekdays 18:30', {
        timezone: 'Europe/Berlin',
        topic: 'Ferries',
        name: 'Evening',
      }),
    ).toBe(2);
    expect(
      await addDigest(h, 'news', 'weekdays 18:30', {
        timezone: 'Europe/Berlin',
        topic: 'Harbour',
        name: 'Late',
      }),
    ).toBe(3);
    const list = visibleText(await run(h, 'digest', {}, { subcommand: 'list' }));
    expect(list.match(/^#\d+ /gm)).toEqual(['#1 ', '#2 ', '#3 ']);
  });

  it('keeps the time zone name the admin chose, takes a city that names one zone, and suggests for the rest', async () => {
    h = await startHarness();
    const kolkata = visibleText(
      await run(
        h,
        'digest',
        { channel: h.standIn.channelId('news'), schedule: 'daily 09:00', timezone: 'Asia/Kolkata' },
        { subcommand: 'add' },
      ),
    );
    expect(kolkata).toContain('(Asia/Kolkata)');
    const berlin = visibleText(
      await run(
        h,
        'digest',
        { channel: h.standIn.channelId('news'), schedule: 'daily 09:00', timezone: 'berlin' },
        { subcommand: 'add' },
      ),
    );
    expect(berlin).toContain('(Europe/Berlin)');
    const vague = await run(
      h,
      'digest',
      { channel: h.standIn.channelId('news'), schedule: 'daily 10:00', timezone: 'berl' },
      { subcommand: 'add' },
    );
    expect(visibleText(vague)).toMatch(/Unknown time zone “berl”: did you mean Europe\/Berlin\?/);
    const list = visibleText(await run(h, 'digest', {}, { subcommand: 'list' }));
    expect(list.match(/\((Asia|Europe)\/\w+\)/g)).toEqual(['(Asia/Kolkata)', '(Europe/Berlin)']);
    expect([...h.logs, list].join('\n')).not.toContain('Calcutta');
    expect(h.logs.some((l) => l.includes('digest added') && l.includes('Asia/Kolkata'))).toBe(true);
  });
});
