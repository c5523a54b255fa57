// A developer's blog in a feed: its code lines share the article's words ("session", "manager") and can
// look central, but no summary shows a line of code or markup.
import { describe, expect, it } from 'vitest';
import { createSummarizer } from '../../src/core/summary/index.js';
import { splitSentences } from '../../src/core/text/index.js';

const summarize = createSummarizer();

const POST = [
  'The session manager keeps a laptop awake while a long backup runs.',
  "bus = dbus.SessionBus(); sm = bus.get_object('org.session.Manager', '/org/session/Manager')",
  'Asking the session manager to hold off suspend takes one call, and releasing it takes another.',
  'cookie = sm.Inhibit(app_id, 0, reason, flags) ; sm.Uninhibit(cookie)',
  'With that in place the backup finished overnight without the laptop going to sleep.',
].join('\n\n');

describe('summaries of a post with code in it', () => {
  it('never show a line of code, as one line or as several', () => {
    const spans = splitSentences(POST);
    const texts = spans.map(([s, e]) => POST.slice(s, e));
    const code = texts.map((t, i) => (/[=(]/.test(t) && /_|\.\w+\(/.test(t) ? i : -1)).filter((i) => i >= 0);
    expect(code.length).toBe(2);
    for (const count of [1, 2, 3]) {
      const chosen = summarize(POST, spans, { count, exact: true });
      expect(chosen).toHaveLength(count);
      for (const i of chosen) expect(code).not.toContain(i);
    }
  });

  it('keep prose that mentions a file path or a price', () => {
    const text = [
      'Shares rose $1.64 to $47.10 after the firm said its results would beat forecasts.',
      'The report, filed under /reports/2026/q3/, says sales grew in every region.',
      'Analysts expect the board to raise the dividend in March.',
    ].join(' ');
    const spans = splitSentences(text);
    expect(summarize(text, spans, { count: 3, exact: true })).toEqual([0, 1, 2]);
  });
});
