// How times and durations read on the status page (UTC, so the page says the same thing to everyone).

export function formatTime(ms: number | null | undefined, options: { seconds?: boolean } = {}): string {
  if (ms === null || ms === undefined) return '—';
  return (
    new Date(ms)
      .toISOString()
      .replace('T', ' ')
      .slice(0, options.seconds ? 19 : 16) + ' UTC'
  );
}

/** A request's duration: milliseconds under a second, else seconds with one decimal. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatAgo(ms: number | null | undefined, now: number): string {
  if (ms === null || ms === undefined) return 'never';
  const seconds = Math.round((now - ms) / 1000);
  const future = seconds < 0;
  const s = Math.abs(seconds);
  const text =
    s < 90
      ? `${s}s`
      : s < 5400
        ? `${Math.round(s / 60)} min`
        : s < 172_800
          ? `${Math.round(s / 3600)} h`
          : `${Math.round(s / 86_400)} days`;
  return future ? `in ${text}` : `${text} ago`;
}

export function startOfUtcDay(now: number): number {
  return now - (now % 86_400_000);
}
