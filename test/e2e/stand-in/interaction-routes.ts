// Interaction callbacks and the interaction webhook (@original edits, follow-ups). The rules that
// matter to a bot: one callback per interaction (40060 after that), none after the 3 s window
// (10062), and a deferred reply is a “thinking…” message until the first edit or follow-up fills it.
import { performance } from 'node:perf_hooks';
import type { Json } from './api-shapes.js';
import type { InteractionState } from './interactions.js';
import type { StoredMessage } from './messages.js';
import { jsonError, type Route, type RouteAnswer, type RouteRequest, type StandInState } from './state.js';
import { validateAutocompleteChoices, validateMessageBody } from './validate.js';

export const CallbackType = {
  Reply: 4,
  DeferredReply: 5,
  DeferredUpdate: 6,
  Update: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

function asJson(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function callbackResponse(
  interaction: InteractionState,
  type: number,
  message: StoredMessage | null,
  withResponse: boolean,
): RouteAnswer {
  if (!withResponse) return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: interaction.id,
        type: interaction.kind === 'button' ? 3 : interaction.kind === 'autocomplete' ? 4 : 2,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: message ? interaction.loading : null,
        response_message_ephemeral: message ? message.ephemeral : null,
      },
      resource: message ? { type, message: message.api } : { type },
    },
  };
}

function handleCallback(state: StandInState, request: RouteRequest): RouteAnswer {
  const interaction = state.interactions.get(request.params.id ?? '');
  if (!interaction || interaction.token !== request.params.token)
    return jsonError(404, 10062, 'Unknown interaction');
  if (interaction.ack) return jsonError(400, 40060, 'Interaction has already been acknowledged.');
  if (performance.now() - interaction.injectedAt > state.interactionTimeoutMs) {
    interaction.lateAttempts += 1;
    return jsonError(404, 10062, 'Unknown interaction');
  }
  const type = Number(request.body.type);
  const data = asJson(request.body.data);
  const withResponse = request.query.with_response === 'true';
  let message: StoredMessage | null = null;
  const reply = (body: Json): StoredMessage =>
    state.messages.create({
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      author: state.world.bot,
      body,
      source: 'reply',
      interactionId: interaction.id,
      type: interaction.kind === 'command' ? 20 : 0,
      webhookId: state.world.application.id,
    });
  switch (type) {
    case CallbackType.Reply: {
      const invalid = validateMessageBody(data, { partial: false });
      if (invalid) return invalid;
      message = reply(data);
      break;
    }
    case CallbackType.DeferredReply: {
      const flags = (Number(data.flags ?? 0) & EPHEMERAL) | LOADING;
      message = reply({ content: '', flags });
      interaction.loading = true;
      break;
    }
    case CallbackType.DeferredUpdate:
    case CallbackType.Update: {
      if (interaction.kind !== 'button' || !interaction.sourceMessage)
        return jsonError(400, 50035, 'Invalid Form Body');
      if (type === CallbackType.Update) {
        const invalid = validateMessageBody(data, { partial: true });
        if (invalid) return invalid;
        state.messages.edit(interaction.sourceMessage, data);
      }
      message = interaction.sourceMessage;
      break;
    }
    case CallbackType.AutocompleteResult: {
      if (interaction.kind !== 'autocomplete') return jsonError(400, 50035, 'Invalid Form Body');
      const invalid = validateAutocompleteChoices(data.choices);
      if (invalid) return invalid;
      interaction.choices = Array.isArray(data.choices) ? (data.choices as Json[]) : [];
      break;
    }
    case CallbackType.Modal:
      break;
    default:
      return jsonError(400, 50035, 'Invalid Form Body');
  }
  interaction.ack = { type, at: performance.now(), body: request.body };
  interaction.original = message;
  return callbackResponse(interaction, type, message, withResponse);
}

function findByToken(state: StandInState, request: RouteRequest): InteractionState | RouteAnswer {
  const interaction = state.interactionsByToken.get(request.params.token ?? '');
  if (!interaction || request.params.app !== state.world.application.id)
    return jsonError(404, 10015, 'Unknown Webhook');
  if (!interaction.ack) return jsonError(404, 10015, 'Unknown Webhook');
  return interaction;
}

function findMessage(
  state: StandInState,
  request: RouteRequest,
): { interaction: InteractionState; message: StoredMessage } | RouteAnswer {
  const found = findByToken(state, request);
  if ('status' in found) return found;
  const wanted = request.params.message;
  const message =
    wanted === '@original'
      ? found.original
      : ([found.original, ...found.followUps].find((m) => m?.id === wanted) ?? null);
  if (!message || message.deleted) return jsonError(404, 10008, 'Unknown Message');
  return { interaction: found, message };
}

function editMessage(state: StandInState, request: RouteRequest): RouteAnswer {
  const found = findMessage(state, request);
  if ('status' in found) return found;
  const invalid = validateMessageBody(request.body, { partial: true });
  if (invalid) return invalid;
  const { interaction, message } = found;
  if (message === interaction.original && interaction.loading) {
    // The first edit of a deferred reply replaces “thinking…”; its flags keep only Ephemeral.
    interaction.loading = false;
    message.api.flags = Number(message.api.flags) & EPHEMERAL;
  }
  state.messages.edit(message, request.body);
  return { status: 200, body: message.api };
}

function postFollowUp(state: StandInState, request: RouteRequest): RouteAnswer {
  const found = findByToken(state, request);
  if ('status' in found) return found;
  const invalid = validateMessageBody(request.body, { partial: false });
  if (invalid) return invalid;
  if (found.loading && found.original) {
    // On Discord the first follow-up after a deferred reply fills the “thinking…” message.
    found.loading = false;
    found.original.api.flags = Number(found.original.api.flags) & EPHEMERAL;
    state.messages.edit(found.original, request.body);
    return { status: 200, body: found.original.api };
  }
  const message = state.messages.create({
    channelId: found.channelId,
    guildId: found.guildId,
    author: state.world.bot,
    body: request.body,
    source: 'follow-up',
    interactionId: found.id,
    webhookId: state.world.application.id,
  });
  found.followUps.push(message);
  return request.query.wait === 'false' ? { status: 204 } : { status: 200, body: message.api };
}

export const interactionRoutes: Route[] = [
  { method: 'POST', pattern: 'interactions/:id/:token/callback', handle: handleCallback },
  {
    method: 'GET',
    pattern: 'webhooks/:app/:token/messages/:message',
    handle: (state, request) => {
      const found = findMessage(state, request);
      return 'status' in found ? found : { status: 200, body: found.message.api };
    },
  },
  { method: 'PATCH', pattern: 'webhooks/:app/:token/messages/:message', handle: editMessage },
  {
    method: 'DELETE',
    pattern: 'webhooks/:app/:token/messages/:message',
    handle: (state, request) => {
      const found = findMessage(state, request);
      if ('status' in found) return found;
      found.message.deleted = true;
      return { status: 204 };
    },
  },
  { method: 'POST', pattern: 'webhooks/:app/:token', handle: postFollowUp },
];
