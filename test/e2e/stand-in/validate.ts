// The message limits Discord enforces on its side, so a reply over a limit fails here as it would
// there (400, code 50035 Invalid Form Body, or 50006 for an empty message), and which mentions a
// message would actually ping. The numbers are Discord's documented limits, written here on purpose
// rather than imported from the bot, so the two cannot agree by construction.
import type { Json } from './api-shapes.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  nonce: 25,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export interface ValidationError {
  status: 400;
  body: { message: string; code: number; errors?: Json };
}

function invalid(errors: Record<string, string>): ValidationError {
  const shaped: Json = {};
  for (const [path, message] of Object.entries(errors))
    shaped[path] = { _errors: [{ code: 'BASE_TYPE_INVALID', message }] };
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: shaped } };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const asObject = (value: unknown): Json =>
  value !== null && typeof value === 'object' ? (value as Json) : {};

export function validateMessageBody(body: Json, options: { partial: boolean }): ValidationError | null {
  const problems: Record<string, string> = {};
  const content = text(body.content);
  if (content.length > DISCORD_LIMITS.content)
    problems.content = `Must be ${DISCORD_LIMITS.content} or fewer in length.`;
  if (text(body.nonce).length > DISCORD_LIMITS.nonce)
    problems.nonce = `Must be ${DISCORD_LIMITS.nonce} or fewer in length.`;
  const embeds = asArray(body.embeds);
  if (embeds.length > DISCORD_LIMITS.embeds)
    problems.embeds = `Must be ${DISCORD_LIMITS.embeds} or fewer in length.`;
  let total = 0;
  embeds.forEach((embed, i) => {
    const check = (path: string, value: string, max: number): void => {
      total += value.length;
      if (value.length > max) problems[`embeds.${i}.${path}`] = `Must be ${max} or fewer in length.`;
    };
    check('title', text(embed.title), DISCORD_LIMITS.embedTitle);
    check('description', text(embed.description), DISCORD_LIMITS.embedDescription);
    check('footer.text', text(asObject(embed.footer).text), DISCORD_LIMITS.footerText);
    check('author.name', text(asObject(embed.author).name), DISCORD_LIMITS.authorName);
    const fields = asArray(embed.fields);
    if (fields.length > DISCORD_LIMITS.embedFields)
      problems[`embeds.${i}.fields`] = `Must be ${DISCORD_LIMITS.embedFields} or fewer in length.`;
    fields.forEach((field, j) => {
      const name = text(field.name);
      const value = text(field.value);
      if (name.length === 0) problems[`embeds.${i}.fields.${j}.name`] = 'This field is required';
      if (value.length === 0) problems[`embeds.${i}.fields.${j}.value`] = 'This field is required';
      check(`fields.${j}.name`, name, DISCORD_LIMITS.fieldName);
      check(`fields.${j}.value`, value, DISCORD_LIMITS.fieldValue);
    });
  });
  if (total > DISCORD_LIMITS.embedTotal)
    problems.embeds = `Embed size exceeds maximum size of ${DISCORD_LIMITS.embedTotal}`;
  if (Object.keys(problems).length > 0) return invalid(problems);
  const empty = content.length === 0 && embeds.length === 0 && asArray(body.components).length === 0;
  if (!options.partial && empty)
    return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  return null;
}

export function validateAutocompleteChoices(choices: unknown): ValidationError | null {
  const list = asArray(choices);
  const problems: Record<string, string> = {};
  if (list.length > DISCORD_LIMITS.autocompleteChoices)
    problems.choices = `Must be ${DISCORD_LIMITS.autocompleteChoices} or fewer in length.`;
  list.forEach((choice, i) => {
    const name = text(choice.name);
    if (name.length < 1 || name.length > DISCORD_LIMITS.choiceName)
      problems[`choices.${i}.name`] = 'Must be between 1 and 100 in length.';
    if (typeof choice.value === 'string' && choice.value.length > DISCORD_LIMITS.choiceValue)
      problems[`choices.${i}.value`] = 'Must be 100 or fewer in length.';
  });
  return Object.keys(problems).length > 0 ? invalid(problems) : null;
}

export interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
}

/**
 * Who a message's content would notify, given its allowed_mentions (absent: everything parses, as
 * on Discord). Embeds never ping, so only `content` counts.
 */
export function computePings(content: string, allowedMentions: unknown): Pings {
  const allowed =
    allowedMentions === undefined || allowedMentions === null ? null : asObject(allowedMentions);
  const parse = allowed
    ? Array.isArray(allowed.parse)
      ? (allowed.parse as string[])
      : []
    : ['users', 'roles', 'everyone'];
  const explicitUsers = allowed && Array.isArray(allowed.users) ? (allowed.users as string[]) : [];
  const explicitRoles = allowed && Array.isArray(allowed.roles) ? (allowed.roles as string[]) : [];
  const users = [...content.matchAll(/<@!?(\d{15,21})>/g)].map((m) => m[1] ?? '');
  const roles = [...content.matchAll(/<@&(\d{15,21})>/g)].map((m) => m[1] ?? '');
  return {
    everyone: parse.includes('everyone') && /@(everyone|here)\b/.test(content),
    users: users.filter((id) => parse.includes('users') || explicitUsers.includes(id)),
    roles: roles.filter((id) => parse.includes('roles') || explicitRoles.includes(id)),
  };
}
