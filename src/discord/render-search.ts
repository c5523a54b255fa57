// /search results and their Previous/Next buttons. The buttons carry the page and the query in their custom
// id, so a click works after a restart without any server-side state.
import { MAX_QUERY_TERMS } from '../store/fts-query.js';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { CUSTOM_ID_MAX, EMBED_DESCRIPTION_MAX, EMBED_TITLE_MAX } from './limits.js';
import {
  EMBED_COLOR,
  createPayload,
  linkHeadline,
  metaLine,
  remainingTotal,
  shareBudget,
  type MessagePayload,
} from './render-kit.js';
import { collapseWhitespace, escapeMarkdown, renderHighlights, truncate } from './text.js';
import type { SearchHitView } from '../operations/views.js';

export const SEARCH_BUTTON_PREFIX = 'search';
const HEADLINE_MAX = 300;
const BLOCK_SEPARATOR = '\n\n';
const SNOWFLAKE = /^\d{15,21}$/;

/**
 * `search:<page>:<owner>:<query>`: the member whose results these are (so only they page the message), and
 * the query shortened (whole code points) so the id stays within 100 characters.
 */
export function encodeSearchButton(page: number, query: string, ownerId?: string): string {
  const owner = ownerId !== undefined && SNOWFLAKE.test(ownerId) ? `${ownerId}:` : '';
  const head = `${SEARCH_BUTTON_PREFIX}:${Math.max(0, Math.trunc(page))}:${owner}`;
  let rest = collapseWhitespace(query);
  while (head.length + rest.length > CUSTOM_ID_MAX) rest = Array.from(rest).slice(0, -1).join('');
  return head + rest;
}

/**
 * The page (at least 1), query and owner a search button carries (owner null on buttons made before
 * owners were recorded), or null when the id is not a search button's.
 */
export function decodeSearchButton(
  customId: string,
): { page: number; query: string; ownerId: string | null } | null {
  const match = /^search:(\d{1,9}):(?:(\d{15,21}):)?(.*)$/s.exec(customId);
  if (match === null) return null;
  const query = match[3] ?? '';
  if (query.trim() === '') return null;
  return { page: Math.max(1, Number(match[1])), query, ownerId: match[2] ?? null };
}

export function renderSearch(
  hits: readonly SearchHitView[],
  query: string,
  page: number,
  totalPages: number,
  /** More matches exist than were counted: the page count is a lower bound. */
  morePages = false,
  /** The member whose results these are: only their presses page this message. */
  ownerId?: string,
  /** Query words left out because the store searches at most MAX_QUERY_TERMS. */
  ignoredTerms = 0,
): MessagePayload {
  const title = truncate(`Results for “${escapeMarkdown(collapseWhitespace(query))}”`, EMBED_TITLE_MAX);
  const footer = {
    text:
      (totalPages > 0 ? `Page ${page} of ${totalPages}${morePages ? '+' : ''}` : 'No results') +
      (ignoredTerms > 0 ? ` · only the first ${MAX_QUERY_TERMS} words were searched` : ''),
  };
  const description =
    hits.length === 0
      ? truncate(`No articles match “${escapeMarkdown(collapseWhitespace(query))}”.`, EMBED_DESCRIPTION_MAX)
      : describeHits(
          hits,
          Math.min(EMBED_DESCRIPTION_MAX, remainingTotal(title.length + footer.text.length)),
        );
  return createPayload(
    [{ title, description, footer, color: EMBED_COLOR }],
    totalPages > 1 ? [pageButtons(page, totalPages, query, ownerId)] : [],
  );
}

function describeHits(hits: readonly SearchHitView[], room: number): string {
  const available = room - BLOCK_SEPARATOR.length * (hits.length - 1);
  const heads = hits.map((hit) => `**${linkHeadline(hit.title, hit.url, HEADLINE_MAX)}**`);
  const metas = hits.map((hit) => metaLine(hit.source, hit.published));
  const wants = hits.map(
    (hit, i) =>
      (heads[i] ?? '').length +
      (metas[i] ?? '').length +
      renderHighlights(hit.snippet, EMBED_DESCRIPTION_MAX).length +
      2,
  );
  const shares = shareBudget(wants, available);
  return hits
    .map((hit, i) => {
      const share = shares[i] ?? 0;
      const head = heads[i] ?? '';
      const meta = metas[i] ?? '';
      const lines = [
        head.length <= share ? head : `**${linkHeadline(hit.title, hit.url, Math.max(1, share - 4))}**`,
      ];
      const left = share - (lines[0]?.length ?? 0) - 1;
      if (meta !== '' && meta.length <= left) lines.push(meta);
      const snippetRoom = share - lines.join('\n').length - 1;
      if (snippetRoom > 1 && hit.snippet.trim() !== '')
        lines.push(renderHighlights(hit.snippet, snippetRoom));
      return truncate(lines.join('\n'), share);
    })
    .join(BLOCK_SEPARATOR);
}

function pageButtons(
  page: number,
  totalPages: number,
  query: string,
  ownerId: string | undefined,
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Previous',
        custom_id: encodeSearchButton(page - 1, query, ownerId),
        disabled: page <= 1,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Next',
        custom_id: encodeSearchButton(page + 1, query, ownerId),
        disabled: page >= totalPages,
      },
    ],
  };
}
