// The frame every page shares: navigation, the stylesheet, nothing else loaded.
import { html, type Html } from './html.js';

const NAV: [string, string][] = [
  ['/', 'Overview'],
  ['/feeds', 'Feeds'],
  ['/deliveries', 'Deliveries'],
  ['/articles', 'Articles'],
  ['/charts', 'Charts'],
];

export function layout(title: string, body: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · Herald</title>
        <link rel="stylesheet" href="/style.css" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <header>
          <nav><strong>Herald</strong>${NAV.map(([href, text]) => html`<a href="${href}">${text}</a>`)}</nav>
        </header>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`;
}

export function table(head: string[], rows: Html[]): Html {
  return html`<div class="table">
    <table>
      <thead>
        <tr>
          ${head.map((h) => html`<th>${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
