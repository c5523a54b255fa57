// Articles written for the end-to-end suites.
export const BRIDGE = `---
title: Harbour bridge reopens after six months of repairs
url: https://news.example/city/bridge-reopens
source: Port Gazette
published: 2026-11-20T08:00:00Z
---

The harbour bridge reopened on Monday after six months of repairs, ending long detours for commuters.

Mayor Ana Ruiz cut the ribbon at nine in the morning. "We promised the city a safer bridge, and today we kept that promise," said Ruiz.

Engineers replaced the deck and strengthened the cables. Traffic was light during the first hours.

"The work came in under budget," said chief engineer Tomas Berg, who led the project.
`;

export const BUDGET = `---
title: Council passes a budget with more money for parks
source: Civic Times
published: 2026-11-21T10:00:00Z
---

The city council passed next year's budget on Tuesday evening after a long debate about parks and transport.

Councillor Mia Okafor said the plan "puts neighbourhoods first" and promised new playgrounds in three districts.

"Every district gets a park within walking distance," Okafor told reporters after the vote.
`;

export const MENTIONS = `---
title: Prank article pings @everyone and <@&123456789012345678>
source: Mischief Weekly
published: 2026-11-22T10:00:00Z
---

This article tries to ping @everyone and @here, the role <@&123456789012345678> and the user <@123456789012345678>.

It also has **bold** and [a link](https://evil.example) in markdown, which must show as plain text.

"Hello @everyone," said the prankster <@123456789012345678>.
`;

/** An article far over every Discord limit: a 600-character headline and 2,000 sentences. */
export function hugeArticle(): string {
  const title = `Enormous report ${'on everything '.repeat(42)}`.trim();
  const sentence = (i: number) => `Paragraph sentence number ${i} says the committee "reviewed item ${i} in detail", said analyst Lee Chan.`;
  const paragraphs = Array.from({ length: 400 }, (_, p) => Array.from({ length: 5 }, (_, s) => sentence(p * 5 + s)).join(' '));
  return `---\ntitle: ${title}\npublished: 2026-01-01T00:00:00Z\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Seven short reports on ferries, enough for more than one page of search results. */
export const FERRY_NOTES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 7 }, (_, i) => [
    `ferries/note-${i + 1}.txt`,
    `---\npublished: 2026-10-0${i + 1}T00:00:00Z\n---\nFerry note ${i + 1}: timetable change on route ${i + 1}\n\nThe ferry on route ${i + 1} will leave ${i + 5} minutes later from next week, the operator said on Friday.\n`,
  ]),
);

export const ARTICLES = {
  ...FERRY_NOTES,
  'city/bridge.md': BRIDGE,
  'city/budget.md': BUDGET,
  'mentions.md': MENTIONS,
};
