// Read-only summaries for assertions: what a user would finally see for an interaction, and how long
// each took to be acknowledged.
import type { Json } from './api-shapes.js';
import type { InteractionKind, InteractionState } from './interactions.js';
import type { StoredMessage } from './messages.js';
import type { RecordedRequest } from './recorder.js';
import type { StandInState } from './state.js';

export interface InteractionView {
  id: string;
  kind: InteractionKind;
  /** Command name or button custom id. */
  name: string;
  acknowledged: boolean;
  /** Callback type accepted: 4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete. */
  ackType: number | null;
  /** Injection → accepted callback, in ms. */
  ackLatencyMs: number | null;
  /** Callbacks refused with 10062 for coming too late. */
  lateAttempts: number;
  /** Deferred and never filled in: the user still sees “thinking…”. */
  loading: boolean;
  ephemeral: boolean;
  /** Final content of the original response (after edits); null when there is none. */
  content: string | null;
  embeds: Json[];
  components: Json[];
  original: StoredMessage | null;
  followUps: StoredMessage[];
  /** Autocomplete choices answered. */
  choices: Json[] | null;
  /** Every request about this interaction (callback, webhook edits, follow-ups), in order. */
  requests: RecordedRequest[];
  /** Those answered with an error status. */
  errors: RecordedRequest[];
}

export function viewInteraction(state: StandInState, interaction: InteractionState): InteractionView {
  const webhookPrefix = `/webhooks/${state.world.application.id}/${interaction.token}`;
  const requests = state.recorder.requests.filter(
    (r) =>
      r.path.startsWith(`/interactions/${interaction.id}/`) ||
      r.path === webhookPrefix ||
      r.path.startsWith(`${webhookPrefix}/`),
  );
  const original = interaction.original && !interaction.original.deleted ? interaction.original : null;
  return {
    id: interaction.id,
    kind: interaction.kind,
    name: interaction.name,
    acknowledged: interaction.ack !== null,
    ackType: interaction.ack?.type ?? null,
    ackLatencyMs: interaction.ack ? interaction.ack.at - interaction.injectedAt : null,
    lateAttempts: interaction.lateAttempts,
    loading: interaction.loading,
    ephemeral: original?.ephemeral ?? false,
    content: original ? String(original.api.content ?? '') : null,
    embeds: original && Array.isArray(original.api.embeds) ? (original.api.embeds as Json[]) : [],
    components: original && Array.isArray(original.api.components) ? (original.api.components as Json[]) : [],
    original,
    followUps: interaction.followUps.filter((m) => !m.deleted),
    choices: interaction.choices,
    requests,
    errors: requests.filter((r) => r.status >= 400),
  };
}

export interface AckLatency {
  interactionId: string;
  kind: InteractionKind;
  name: string;
  ms: number;
}

export function listAckLatencies(state: StandInState): AckLatency[] {
  return [...state.interactions.values()].flatMap((i) =>
    i.ack ? [{ interactionId: i.id, kind: i.kind, name: i.name, ms: i.ack.at - i.injectedAt }] : [],
  );
}
