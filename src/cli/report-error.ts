import pc from 'picocolors';
import type { ErrorCode } from '../core/error-codes.js';
import { ValidationError, WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import { formatProblemsText } from './format-problems.js';
import { exitCodes, type CliIo } from './io.js';

/** Failures of wharf's own setup or host rather than of the input: exit code 2 like retryable ones. */
const cannotRunCodes: readonly ErrorCode[] = [
  'config-missing',
  'config-invalid',
  'config-token',
  'docker-failed',
  'environment-locked',
];

/**
 * Prints an error for a person and returns the exit code: 1 when the input is at fault
 * (invalid manifest, policy, failed health), 2 when wharf could not run (config, Redis, Docker).
 */
export function reportError(error: unknown, io: CliIo): number {
  const c = pc.createColors(io.color);
  if (error instanceof ValidationError) {
    io.err(
      `${c.red('invalid:')} ${error.message}\n${formatProblemsText(error.problems, '.', io.color)}\n`,
    );
    return exitCodes.invalid;
  }
  if (error instanceof WharfError) {
    io.err(`${c.red('error:')} ${error.message}\n`);
    const cannotRun = cannotRunCodes.includes(error.code) || error.retryable;
    return cannotRun ? exitCodes.cannotRun : exitCodes.invalid;
  }
  const message = scrubCredentials(messageOf(error));
  if (/ECONNREFUSED|Connection is closed|Reached the max retries/i.test(message)) {
    io.err(
      `${c.red('error:')} cannot reach Redis (${message}); is it running? (scripts/install-host.sh starts it)\n`,
    );
    return exitCodes.cannotRun;
  }
  io.err(`${c.red('error:')} ${message}\n`);
  return exitCodes.cannotRun;
}
