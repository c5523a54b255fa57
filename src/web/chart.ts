// A bar chart drawn on the server as inline SVG: no script, no library, readable with styles off.
import { html, type Html } from './html.js';

const WIDTH = 840;
const HEIGHT = 160;
const LEFT = 30;
const BOTTOM = 20;

/** One bar per hour from `from`; day labels under midnight (UTC). */
export function barChart(counts: number[], from: number, what: string): Html {
  const max = Math.max(1, ...counts);
  const step = (WIDTH - LEFT) / Math.max(1, counts.length);
  const plot = HEIGHT - BOTTOM;
  const total = counts.reduce((a, b) => a + b, 0);
  const bars = counts.map((n, i) => {
    if (n === 0) return html``;
    const h = Math.max(1, (n / max) * (plot - 5));
    const at = new Date(from + i * 3_600_000).toISOString().slice(0, 13).replace('T', ' ');
    return html`<rect
      x="${(LEFT + i * step).toFixed(1)}"
      y="${(plot - h).toFixed(1)}"
      width="${Math.max(1, step - 1).toFixed(1)}"
      height="${h.toFixed(1)}"
      ><title>${at}:00 UTC: ${n} ${what}</title></rect
    >`;
  });
  const days = counts.flatMap((_, i) => {
    const t = from + i * 3_600_000;
    if (t % 86_400_000 !== 0) return [];
    const x = (LEFT + i * step).toFixed(1);
    return [
      html`<line x1="${x}" x2="${x}" y1="0" y2="${plot}"></line
        ><text x="${x}" y="${HEIGHT - 5}">${new Date(t).toISOString().slice(5, 10)}</text>`,
    ];
  });
  return html`<svg
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-label="${total} ${what} in the last ${counts.length} hours, at most ${max} in one hour"
    >
      <text x="0" y="10">${max}</text>
      <text x="0" y="${plot}">0</text>
      <line x1="${LEFT}" x2="${WIDTH}" y1="${plot}" y2="${plot}"></line>
      ${days}${bars}
    </svg>
    <p class="muted">${total} ${what} in the last ${counts.length} hours; at most ${max} in one hour.</p>`;
}
