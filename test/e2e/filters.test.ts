// A filter refused where users type one — /alert add, /alert test, /feed add — with what is wrong and where.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, startHarness, visibleText, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ env: { FEEDS_ALLOW_PRIVATE: 'true' } });
});

afterAll(async () => {
  await h.close();
});

describe('filters refused by the slash commands', () => {
  it('/alert add refuses a catastrophic pattern, naming it and its place', async () => {
    const text = visibleText(
      await run(
        h,
        'alert',
        { channel: h.standIn.channelId('news'), filter: 'chip -/(a+)+$/' },
        { subcommand: 'add' },
      ),
    );
    expect(text).toContain(
      'The filter is not valid: a regular expression could take forever on some texts (a repeat inside a repeat, like (a+)+); write it without nesting, at character 7 (“/(a+)+$/”).',
    );
    expect(visibleText(await run(h, 'alert', {}, { subcommand: 'list' }))).toContain('No alerts yet');
  });

  it('/alert test refuses an unclosed pattern', async () => {
    const text = visibleText(await run(h, 'alert', { filter: 'ferry /storm (gale' }, { subcommand: 'test' }));
    expect(text).toContain(
      'a regular expression is opened with / but never closed, at character 7 (“/storm (gale”)',
    );
  });

  it('/feed add refuses a flag a pattern may not have, before adding the feed', async () => {
    const text = visibleText(
      await run(
        h,
        'feed',
        {
          url: 'http://127.0.0.1:9/feed.xml',
          channel: h.standIn.channelId('news'),
          filter: 'title:/ferry/g',
        },
        { subcommand: 'add' },
      ),
    );
    expect(text).toContain(
      'a regular expression may only have the flags i, m, s and u, each once, at character 14 (“g”)',
    );
    expect(visibleText(await run(h, 'feed', {}, { subcommand: 'list' }))).toContain('No feeds yet');
  });
});
