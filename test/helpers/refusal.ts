// What a handler told the member when it refused (a UserError's message); anything else fails the test.
import { UserError } from '../../src/discord/command.js';

export async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('the handler did not refuse');
}
