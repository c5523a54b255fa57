// REST routes other than interactions: gateway discovery, the bot's user and application, command
// registration, channels and their messages, and the few guild reads discord.js may make.
import { toApiChannel, toApiGuild, toApiMember, toApiRole, toApiUser, type Json } from './api-shapes.js';
import { ChannelType, findChannel, isThread, permissionsIn, type ChannelModel } from './model.js';
import { Permission } from './permissions.js';
import { jsonError, type Route, type RouteAnswer, type RouteRequest, type StandInState } from './state.js';
import { validateMessageBody } from './validate.js';

export function channelOr404(state: StandInState, id: string | undefined): ChannelModel | RouteAnswer {
  const channel = id ? findChannel(state.world, id) : undefined;
  return channel ?? jsonError(404, 10003, 'Unknown Channel');
}

/** Discord answers Missing Access (50001) without View Channel, Missing Permissions (50013) without Send. */
export function checkCanSend(state: StandInState, channel: ChannelModel): RouteAnswer | null {
  const permissions = permissionsIn(state.world, channel, state.world.bot.id);
  if ((permissions & Permission.ViewChannel) === 0n) return jsonError(403, 50001, 'Missing Access');
  const send = isThread(channel) ? Permission.SendMessagesInThreads : Permission.SendMessages;
  if ((permissions & send) === 0n) return jsonError(403, 50013, 'Missing Permissions');
  return null;
}

function postChannelMessage(state: StandInState, request: RouteRequest): RouteAnswer {
  const channel = channelOr404(state, request.params.channel);
  if ('status' in channel) return channel;
  const refused = checkCanSend(state, channel);
  if (refused) return refused;
  // A forum takes messages only inside its posts (threads).
  if (channel.type === ChannelType.GuildForum)
    return jsonError(400, 50008, 'Cannot send messages in a non-text channel');
  const invalid = validateMessageBody(request.body, { partial: false });
  if (invalid) return invalid;
  const nonce = request.body.nonce;
  const botId = state.world.bot.id;
  if (request.body.enforce_nonce === true && (typeof nonce === 'string' || typeof nonce === 'number')) {
    const earlier = state.messages.findByNonce(botId, String(nonce));
    if (earlier) {
      state.messages.nonceRepeats += 1;
      return { status: 200, body: earlier.api };
    }
  }
  const message = state.messages.create({
    channelId: channel.id,
    guildId: channel.guildId,
    author: state.world.bot,
    body: request.body,
    source: 'channel',
  });
  state.messages.rememberNonce(botId, message);
  return { status: 200, body: message.api };
}

function channelMessage(state: StandInState, request: RouteRequest): RouteAnswer {
  const channel = channelOr404(state, request.params.channel);
  if ('status' in channel) return channel;
  const message = state.messages.get(request.params.message ?? '');
  if (!message || message.deleted || message.channelId !== channel.id)
    return jsonError(404, 10008, 'Unknown Message');
  if (request.record.method === 'DELETE') {
    message.deleted = true;
    return { status: 204 };
  }
  if (request.record.method === 'PATCH') {
    const invalid = validateMessageBody(request.body, { partial: true });
    if (invalid) return invalid;
    state.messages.edit(message, request.body);
  }
  return { status: 200, body: message.api };
}

function guildScope(state: StandInState, request: RouteRequest): string | null | RouteAnswer {
  if (request.params.app !== state.world.application.id) return jsonError(404, 10002, 'Unknown Application');
  const guildId = request.params.guild;
  if (guildId === undefined) return null;
  return state.world.guilds.has(guildId) ? guildId : jsonError(404, 10004, 'Unknown Guild');
}

const commandRoutes: Route[] = [
  'applications/:app/commands',
  'applications/:app/guilds/:guild/commands',
].flatMap((base): Route[] => [
  {
    method: 'GET',
    pattern: base,
    handle: (state, request) => {
      const scope = guildScope(state, request);
      return typeof scope === 'object' && scope !== null
        ? scope
        : { status: 200, body: state.commands.list(scope) };
    },
  },
  {
    method: 'PUT',
    pattern: base,
    handle: (state, request) => {
      const scope = guildScope(state, request);
      if (typeof scope === 'object' && scope !== null) return scope;
      const definitions = Array.isArray(request.record.body) ? (request.record.body as Json[]) : [];
      return { status: 200, body: state.commands.overwrite(scope, definitions) };
    },
  },
  {
    method: 'POST',
    pattern: base,
    handle: (state, request) => {
      const scope = guildScope(state, request);
      if (typeof scope === 'object' && scope !== null) return scope;
      return { status: 201, body: state.commands.upsert(scope, request.body) };
    },
  },
  {
    method: 'DELETE',
    pattern: `${base}/:command`,
    handle: (state, request) => {
      const scope = guildScope(state, request);
      if (typeof scope === 'object' && scope !== null) return scope;
      return state.commands.remove(scope, request.params.command ?? '')
        ? { status: 204 }
        : jsonError(404, 10063, 'Unknown application command');
    },
  },
]);

function applicationObject(state: StandInState): Json {
  const { application, bot } = state.world;
  return {
    id: application.id,
    name: application.name,
    icon: null,
    description: 'Herald stand-in application',
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    owner: toApiUser(bot),
    bot: toApiUser(bot),
    approximate_guild_count: state.world.guilds.size,
    integration_types_config: { '0': {} },
  };
}

function guildRoute(
  pattern: string,
  answer: (state: StandInState, request: RouteRequest, guildId: string) => RouteAnswer,
): Route {
  return {
    method: 'GET',
    pattern,
    handle: (state, request) => {
      const guildId = request.params.guild ?? '';
      return state.world.guilds.has(guildId)
        ? answer(state, request, guildId)
        : jsonError(404, 10004, 'Unknown Guild');
    },
  };
}

export const restRoutes: Route[] = [
  {
    method: 'GET',
    pattern: 'gateway/bot',
    handle: (state) => ({
      status: 200,
      body: {
        url: state.gatewayUrl(),
        shards: state.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: state.maxConcurrency,
        },
      },
    }),
  },
  {
    method: 'GET',
    pattern: 'gateway',
    handle: (state) => ({ status: 200, body: { url: state.gatewayUrl() } }),
  },
  {
    method: 'GET',
    pattern: 'users/@me',
    handle: (state) => ({ status: 200, body: toApiUser(state.world.bot) }),
  },
  {
    method: 'GET',
    pattern: 'applications/@me',
    handle: (state) => ({ status: 200, body: applicationObject(state) }),
  },
  {
    method: 'GET',
    pattern: 'oauth2/applications/@me',
    handle: (state) => ({ status: 200, body: applicationObject(state) }),
  },
  ...commandRoutes,
  {
    method: 'GET',
    pattern: 'channels/:channel',
    handle: (state, request) => {
      const channel = channelOr404(state, request.params.channel);
      return 'status' in channel ? channel : { status: 200, body: toApiChannel(channel) };
    },
  },
  { method: 'POST', pattern: 'channels/:channel/messages', handle: postChannelMessage },
  ...['GET', 'PATCH', 'DELETE'].map((method): Route => ({
    method,
    pattern: 'channels/:channel/messages/:message',
    handle: channelMessage,
  })),
  guildRoute('guilds/:guild', (state, _request, guildId) => {
    const guild = state.world.guilds.get(guildId);
    return { status: 200, body: guild ? toApiGuild(guild) : null };
  }),
  guildRoute('guilds/:guild/channels', (state, _request, guildId) => ({
    status: 200,
    body: [...(state.world.guilds.get(guildId)?.channels.values() ?? [])]
      .filter((c) => !isThread(c))
      .map(toApiChannel),
  })),
  guildRoute('guilds/:guild/threads/active', (state, _request, guildId) => ({
    status: 200,
    body: {
      threads: [...(state.world.guilds.get(guildId)?.channels.values() ?? [])]
        .filter(isThread)
        .map(toApiChannel),
      members: [],
    },
  })),
  guildRoute('guilds/:guild/roles', (state, _request, guildId) => ({
    status: 200,
    body: [...(state.world.guilds.get(guildId)?.roles.values() ?? [])].map(toApiRole),
  })),
  guildRoute('guilds/:guild/members/:user', (state, request, guildId) => {
    const userId = request.params.user === '@me' ? state.world.bot.id : (request.params.user ?? '');
    const member = state.world.guilds.get(guildId)?.members.get(userId);
    return member
      ? { status: 200, body: toApiMember(state.world, member) }
      : jsonError(404, 10007, 'Unknown Member');
  }),
];
