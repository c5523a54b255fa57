// Discord's REST at the process edge: records each post, and answers with what a test lines up
// (a message id, or an error to throw) in order; once the line is empty every post succeeds.
import type { REST } from 'discord.js';

export interface Post {
  route: string;
  body: { embeds: Array<{ title?: string }>; nonce: string };
}

export interface FakeRest {
  rest: REST;
  posts: Post[];
  /** Errors the next posts throw, one each, in order. */
  failures: unknown[];
}

export function createFakeRest(): FakeRest {
  const posts: Post[] = [];
  const failures: unknown[] = [];
  const rest = {
    post: async (route: string, options: { body: Post['body'] }) => {
      posts.push({ route, body: options.body });
      const failure = failures.shift();
      if (failure !== undefined) throw failure;
      return { id: String(posts.length) };
    },
  } as unknown as REST;
  return { rest, posts, failures };
}
