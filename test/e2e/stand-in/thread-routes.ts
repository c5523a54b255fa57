// Threads, forum posts and crossposts, as Discord does them: a thread started from a message takes the
// message's id (type 11 under a text channel, 10 under an announcement channel); a forum post is a
// thread whose first message shares its id, and the answer is the thread with that message nested;
// crossposting works only in announcement channels, once per message, about 10 times an hour per channel.
import type { Json } from './api-shapes.js';
import { toApiChannel } from './api-shapes.js';
import { addChannel, ChannelType, permissionsIn, type ChannelModel } from './model.js';
import { Permission } from './permissions.js';
import { channelOr404, checkCanSend } from './rest-routes.js';
import { rateLimitAnswer } from './faults.js';
import { jsonError, type Route, type RouteAnswer, type RouteRequest, type StandInState } from './state.js';
import { validateMessageBody } from './validate.js';

const HAS_THREAD = 1 << 5;
const CROSSPOSTED = 1 << 0;
const HOUR_MS = 3_600_000;
const ARCHIVE_DURATIONS = new Set([60, 1440, 4320, 10080]);

/** Discord's checks on a thread's name and archive duration (400 code 50035). */
function checkThreadBody(body: Json): RouteAnswer | null {
  const name = typeof body.name === 'string' ? body.name : '';
  const problems: Json = {};
  if (name.length < 1 || name.length > 100)
    problems.name = {
      _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }],
    };
  if (body.auto_archive_duration !== undefined && !ARCHIVE_DURATIONS.has(Number(body.auto_archive_duration)))
    problems.auto_archive_duration = {
      _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {60, 1440, 4320, 10080}.' }],
    };
  if (Object.keys(problems).length === 0) return null;
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: problems } };
}

function openThread(state: StandInState, parent: ChannelModel, name: string, id: string, type: number) {
  const thread = addChannel(state.world, parent.guildId, { name, type, parentId: parent.id, id });
  state.dispatch('THREAD_CREATE', { ...toApiChannel(thread), newly_created: true });
  return thread;
}

function threadFromMessage(state: StandInState, request: RouteRequest): RouteAnswer {
  const channel = channelOr404(state, request.params.channel);
  if ('status' in channel) return channel;
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement)
    return jsonError(400, 50024, 'Cannot execute action on this channel type');
  const permissions = permissionsIn(state.world, channel, state.world.bot.id);
  if ((permissions & Permission.ViewChannel) === 0n) return jsonError(403, 50001, 'Missing Access');
  if ((permissions & Permission.CreatePublicThreads) === 0n)
    return jsonError(403, 50013, 'Missing Permissions');
  const message = state.messages.get(request.params.message ?? '');
  if (!message || message.deleted || message.channelId !== channel.id)
    return jsonError(404, 10008, 'Unknown Message');
  if (message.api.thread !== undefined)
    return jsonError(400, 160004, 'A thread has already been created for this message');
  const bad = checkThreadBody(request.body);
  if (bad) return bad;
  const type =
    channel.type === ChannelType.GuildAnnouncement
      ? ChannelType.AnnouncementThread
      : ChannelType.PublicThread;
  const thread = openThread(state, channel, String(request.body.name), message.id, type);
  message.api.thread = toApiChannel(thread);
  message.api.flags = Number(message.api.flags ?? 0) | HAS_THREAD;
  return { status: 201, body: toApiChannel(thread) };
}

/** A forum post (with `message`), or in a text channel a thread with no starter message. */
function threadInChannel(state: StandInState, request: RouteRequest): RouteAnswer {
  const channel = channelOr404(state, request.params.channel);
  if ('status' in channel) return channel;
  const bad = checkThreadBody(request.body);
  if (bad) return bad;
  const name = String(request.body.name);
  if (channel.type === ChannelType.GuildForum) {
    const refused = checkCanSend(state, channel);
    if (refused) return refused;
    const body = request.body.message;
    if (body === null || typeof body !== 'object')
      return {
        status: 400,
        body: {
          message: 'Invalid Form Body',
          code: 50035,
          errors: {
            message: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] },
          },
        },
      };
    const invalid = validateMessageBody(body as Json, { partial: false });
    if (invalid) return invalid;
    const id = state.world.ids.next();
    const thread = openThread(state, channel, name, id, ChannelType.PublicThread);
    const message = state.messages.create({
      id,
      channelId: thread.id,
      guildId: thread.guildId,
      author: state.world.bot,
      body: body as Json,
      source: 'channel',
    });
    return { status: 201, body: { ...toApiChannel(thread), message: message.api } };
  }
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement)
    return jsonError(400, 50024, 'Cannot execute action on this channel type');
  const permissions = permissionsIn(state.world, channel, state.world.bot.id);
  if ((permissions & Permission.CreatePublicThreads) === 0n)
    return jsonError(403, 50013, 'Missing Permissions');
  const thread = openThread(state, channel, name, state.world.ids.next(), ChannelType.PublicThread);
  return { status: 201, body: toApiChannel(thread) };
}

function crosspost(state: StandInState, request: RouteRequest): RouteAnswer {
  const channel = channelOr404(state, request.params.channel);
  if ('status' in channel) return channel;
  if (channel.type !== ChannelType.GuildAnnouncement)
    return jsonError(400, 50024, 'Cannot execute action on this channel type');
  const refused = checkCanSend(state, channel);
  if (refused) return refused;
  const message = state.messages.get(request.params.message ?? '');
  if (!message || message.deleted || message.channelId !== channel.id)
    return jsonError(404, 10008, 'Unknown Message');
  if ((Number(message.api.flags ?? 0) & CROSSPOSTED) !== 0)
    return jsonError(400, 40033, 'This message has already been crossposted.');
  const now = Date.now();
  const recent = (state.crossposts.get(channel.id) ?? []).filter((t) => t > now - HOUR_MS);
  if (recent.length >= state.crosspostsPerHour) {
    state.crosspostsRefused += 1;
    const answer = rateLimitAnswer(((recent[0] as number) + HOUR_MS - now) / 1000, false, 'crosspost limit');
    return { status: answer.status, body: answer.body, headers: answer.headers };
  }
  recent.push(now);
  state.crossposts.set(channel.id, recent);
  message.api.flags = Number(message.api.flags ?? 0) | CROSSPOSTED;
  return { status: 200, body: message.api };
}

export const threadRoutes: Route[] = [
  { method: 'POST', pattern: 'channels/:channel/messages/:message/threads', handle: threadFromMessage },
  { method: 'POST', pattern: 'channels/:channel/threads', handle: threadInChannel },
  { method: 'POST', pattern: 'channels/:channel/messages/:message/crosspost', handle: crosspost },
];
