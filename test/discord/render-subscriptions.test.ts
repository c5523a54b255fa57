import { describe, expect, it } from 'vitest';
import {
  renderSubscriptionAdded,
  renderSubscriptionList,
  type SubscriptionLine,
} from '../../src/discord/render-subscriptions.js';
import { visibleText } from './limits-check.js';

const NEXT = Date.UTC(2026, 11, 7, 8, 0, 0);

function line(overrides: Partial<SubscriptionLine> = {}): SubscriptionLine {
  return {
    id: 1,
    name: null,
    channelId: '1300000000000000002',
    words: 'every day at 09:00',
    timeZone: 'Europe/Berlin',
    topic: null,
    nextRun: NEXT,
    lastRun: null,
    paused: null,
    ...overrides,
  };
}

describe('renderSubscriptionAdded', () => {
  it('says where, when and what, and gives the first run once', () => {
    const text = visibleText(
      renderSubscriptionAdded(line({ id: 4, name: 'Morning', topic: 'harbour' })),
    ).trim();
    expect(text).toBe(
      `Digest #4 · Morning added\n<#1300000000000000002> · every day at 09:00 (Europe/Berlin)\nTopic: harbour\n\nFirst digest: <t:${NEXT / 1000}:F>.`,
    );
  });

  it('says so when a schedule never fires again', () => {
    expect(visibleText(renderSubscriptionAdded(line({ nextRun: null }))).trim()).toMatch(
      /It has no future run\.$/,
    );
  });
});

describe('renderSubscriptionList', () => {
  it("words each digest's state once, paused by an admin or by Herald", () => {
    const payload = renderSubscriptionList([
      line({ id: 1, paused: 'paused by alice', nextRun: null }),
      line({ id: 2, paused: 'paused: the channel no longer exists (Discord error 10003)', nextRun: null }),
      line({ id: 3, lastRun: { at: NEXT - 86_400_000, status: 'sent', error: null } }),
    ]);
    const values = payload.embeds[0]?.fields?.map((f) => f.value.split('\n').slice(2).join(' | '));
    expect(values).toEqual([
      '**Paused by alice** | Last: none yet',
      '**Paused: the channel no longer exists (Discord error 10003)** | Last: none yet',
      `Next: <t:${NEXT / 1000}:f> (<t:${NEXT / 1000}:R>) | Last: <t:${(NEXT - 86_400_000) / 1000}:f>, posted`,
    ]);
  });
});
