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
  const sentence = (i: number) =>
    `Paragraph sentence number ${i} says the committee "reviewed item ${i} in detail", said analyst Lee Chan.`;
  const paragraphs = Array.from({ length: 400 }, (_, p) =>
    Array.from({ length: 5 }, (_, s) => sentence(p * 5 + s)).join(' '),
  );
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

const HOUR_MS = 60 * 60 * 1000;

/** The article with its `published:` line moved to `hoursAgo` before the real clock (the bot's clock here). */
export function publishedHoursAgo(article: string, hoursAgo: number): string {
  const at = new Date(Date.now() - hoursAgo * HOUR_MS).toISOString();
  return article.replace(/^published: .*$/m, `published: ${at}`);
}

const FIRE_TEXT = [
  'A fire broke out at the Dockside grain warehouse in Port Avel on Sunday night, and firefighters from three stations fought the blaze until dawn.',
  'Fire chief Hanna Lind said nobody was hurt. "The sprinklers held it back long enough for everyone to get out," Lind said.',
  'The warehouse, owned by Avel Grain, stored about 4,000 tonnes of wheat. The company said it would assess the damage on Monday.',
];

/**
 * One story four ways, all published a couple of hours ago: the same article saved as a web page and as a
 * JSON line, and another outlet's own write-up of the event; plus an unrelated story and an archive piece
 * from 2015 that was loaded just now like the rest.
 */
export function storyCopies(): Record<string, string> {
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR_MS).toISOString();
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Fire destroys Dockside grain warehouse in Port Avel | Avel Courier</title>
<meta property="og:title" content="Fire destroys Dockside grain warehouse in Port Avel">
<meta property="og:site_name" content="Avel Courier">
<meta property="og:url" content="https://courier.example/fire-html">
<meta property="article:published_time" content="${at(2)}">
</head><body><main><article><h1>Fire destroys Dockside grain warehouse in Port Avel</h1>
${FIRE_TEXT.map((p) => `<p>${p}</p>`).join('\n')}
<p>Photo: the warehouse on Monday morning.</p>
</article></main></body></html>`;
  const jsonl = JSON.stringify({
    title: 'Fire destroys Dockside grain warehouse in Port Avel',
    text: FIRE_TEXT.join('\n\n'),
    url: 'https://courier.example/fire-jsonl',
    source: 'Avel Courier',
    published: at(2),
  });
  const other = `---
title: Fire destroys Port Avel grain warehouse at Dockside overnight
source: Harbour Daily
url: https://harbour-daily.example/dockside-fire
published: ${at(1)}
---

Firefighters spent the night at Dockside in Port Avel, where the Avel Grain warehouse burned from Sunday evening until the early hours.

Fire chief Hanna Lind praised the sprinklers and said the cause was not yet known. Avel Grain said the building held wheat.
`;
  const budget = publishedHoursAgo(BUDGET, 3);
  const archive = `---
title: Le Monde archive piece on the 2015 harbour strike
source: Le Monde
published: 2015-06-01T08:00:00Z
---

Dockers in the harbour went on strike on Monday over pay, the union said in a statement.
`;
  return {
    'fire/courier.html': html,
    'fire/courier.jsonl': `${jsonl}\n`,
    'fire/daily.md': other,
    'budget.md': budget,
    'archive/2015.md': archive,
  };
}
