import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE, BUDGET } from './fixtures.js';
import { run, startHarness, visibleText, type Harness } from './harness.js';

let h: Harness | null = null;

afterEach(async () => {
  await h?.close();
  h = null;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function addDigest(harness: Harness, channel: string, schedule = '* * * * * *', extra: Record<string, string | number> = {}) {
  const view = await run(harness, 'digest', { channel: harness.standIn.channelId(channel), schedule, ...extra }, { subcommand: 'add' });
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
    const first = await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 1 && h!.standIn.messagesIn(news), 5000);
    expect(visibleText({ content: first[0]!.api.content as string, embeds: first[0]!.api.embeds as unknown[] })).toMatch(/Harbour bridge|Council passes/);
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
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 1 && h!.standIn.messagesIn(doomed).length >= 1, 5000);
    h.standIn.deleteChannel(doomed);
    writeFileSync(join(h.articlesDir, 'lighthouse.txt'), story(2));
    await h.standIn.waitFor(() => h!.standIn.messagesIn(news).length >= 2, 5000);
    await sleep(2000);
    const list = visibleText(await run(h, 'digest', {}, { subcommand: 'list' }));
    expect(list).toMatch(/paused: .*channel/i);
    const afterDelete = h.standIn.requestsTo('POST', `/channels/${doomed}/messages`).filter((r) => r.status === 404);
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
    const refused = await run(h, 'digest', { channel: h.standIn.channelId('news'), schedule: 'daily 09:00' }, { subcommand: 'add', memberPermissions: ['SendMessages'] });
    expect(refused.ephemeral).toBe(true);
    expect(visibleText(refused)).toMatch(/Manage Server/);
    h.standIn.setBotPermissions(h.standIn.channelId('news'), { deny: ['SendMessages', 'EmbedLinks'] });
    await sleep(200);
    const blocked = await run(h, 'digest', { channel: h.standIn.channelId('news'), schedule: 'daily 09:00' }, { subcommand: 'add' });
    expect(visibleText(blocked)).toMatch(/Send Messages/);
    expect(visibleText(blocked)).toMatch(/Embed Links/);
    expect(visibleText(await run(h, 'digest', {}, { subcommand: 'list' }))).toMatch(/None yet/);
  });

  it('explains a bad schedule or time zone, and says when the first digest comes', async () => {
    h = await startHarness();
    const bad = await run(h, 'digest', { channel: h.standIn.channelId('news'), schedule: '61 * * * *' }, { subcommand: 'add' });
    expect(visibleText(bad)).toMatch(/minute/i);
    const zone = await run(h, 'digest', { channel: h.standIn.channelId('news'), schedule: 'daily 09:00', timezone: 'Mars/Base' }, { subcommand: 'add' });
    expect(visibleText(zone)).toMatch(/Mars\/Base/);
    const ok = await run(h, 'digest', { channel: h.standIn.channelId('news'), schedule: 'weekdays 18:30', timezone: 'Europe/Berlin' }, { subcommand: 'add' });
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
    const view = await run(h, 'digest', { channel: h.standIn.channelId('news'), schedule: '*/1 * * * *' }, { subcommand: 'add' });
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
});
