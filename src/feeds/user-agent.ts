// The User-Agent Herald sends: publishers block anonymous and default agents, so it names Herald, its
// version and where to read about it. FEED_USER_AGENT replaces it.
export const PROJECT_URL = 'https://github.com/herald-news/herald';

export function heraldUserAgent(version: string, override: string | null = null): string {
  return override ?? `Herald/${version} (+${PROJECT_URL}; news-monitoring bot)`;
}
