/** Errors a person can act on, in Russian; everything else becomes one Russian sentence, never a stack. */
import { ru } from '../core/messages/ru';

/** A refusal the adapter or an action raises on purpose: its message is already for the user. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** The message of anything thrown; not `instanceof Error`, which fails for errors of another realm. */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message;
  return String(error);
}

/**
 * Apps Script prefixes service errors with «Exception: », advanced services with «API call to
 * drive.files.get failed with error: »; the user needs only the reason.
 */
function reason(error: unknown): string {
  return messageOf(error)
    .replace(/^(?:GoogleJsonResponseException:\s*)?(?:API call to [\w.]+ failed with error:\s*)?/, '')
    .replace(/^Exception:\s*/, '')
    .trim();
}

/** The message of a refusal, or the catalog's «could not do it» sentence with the host's reason. */
export function failureText(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  return ru.gas.failed(reason(error));
}

/** For the sidebar: the panel adds its own «could not do it» prefix, so hand over the bare reason. */
export function failureReason(error: unknown): string {
  return error instanceof UserFacingError ? error.message : reason(error);
}
