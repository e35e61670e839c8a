import type { AppServiceInput } from '../manifest.js';
import { healthTest } from './compose-command.js';
import { wharfDuration } from './compose-durations.js';
import { isMap, spelled } from './compose-spellings.js';
import { interpolationAdvice, literalValue } from './compose-key-fates.js';
import type { ImportContext } from './import-context.js';
import { notePath } from './import-notes.js';

type ImportedHealth = NonNullable<AppServiceInput['health']>;

const durations = [
  ['interval', 'interval'],
  ['timeout', 'timeout'],
  ['start_period', 'startPeriod'],
] as const;

/** A Compose `healthcheck` as an app service's `health`, or undefined (with a note saying why). */
export function importHealth(
  ctx: ImportContext,
  service: string,
  value: unknown,
): ImportedHealth | undefined {
  const at = (...rest: string[]): string => notePath('services', service, 'healthcheck', ...rest);
  if (!isMap(value)) {
    ctx.notes.dropped(at(), 'not carried: a health check is a mapping with `test`');
    return undefined;
  }
  const literal = literalValue(value);
  if (!literal.ok) {
    ctx.notes.decide(
      at(),
      `not written: ${interpolationAdvice(literal.variables)}; write services.${service}.health.command yourself`,
    );
    return undefined;
  }
  const check = literal.value as Record<string, unknown>;
  if (check['disable'] === true) {
    ctx.notes.dropped(
      at('disable'),
      "not carried: wharf cannot switch the image's own HEALTHCHECK off; it applies unless the image has none",
    );
    return undefined;
  }
  if (check['test'] === undefined) {
    ctx.notes.dropped(at(), 'not carried: no `test`, so the image’s own health check applies');
    return undefined;
  }
  const test = healthTest(check['test']);
  if (test.kind === 'disabled') {
    ctx.notes.dropped(
      at('test'),
      "not carried: `NONE` switches the image's HEALTHCHECK off, which wharf cannot do",
    );
    return undefined;
  }
  if (test.kind === 'unreadable') {
    ctx.notes.decide(
      at('test'),
      'not written: the test is not `CMD ...`, `CMD-SHELL ...` or a string; write services.<name>.health.command yourself',
    );
    return undefined;
  }
  const health: ImportedHealth = { command: test.command };
  for (const [compose, wharf] of durations) {
    if (check[compose] === undefined) continue;
    const duration = wharfDuration(check[compose]);
    if (!duration.ok) {
      ctx.notes.decide(
        at(compose),
        `not written: \`${spelled(check[compose])}\` is not a duration wharf can read; write health.${wharf} as a number and a unit (\`30s\`)`,
      );
      continue;
    }
    health[wharf] = duration.value;
    if (duration.rounded)
      ctx.notes.carried(
        at(compose),
        `rounded up to ${duration.value}: wharf counts in milliseconds`,
      );
  }
  const retries = check['retries'];
  if (retries !== undefined) {
    const n = Number(retries);
    if (Number.isInteger(n) && n >= 1) {
      health.retries = Math.min(n, 100);
      if (n > 100) ctx.notes.carried(at('retries'), 'lowered to 100, the most wharf takes');
    } else ctx.notes.dropped(at('retries'), 'not carried: retries must be a whole number from 1');
  }
  if (check['start_interval'] !== undefined)
    ctx.notes.dropped(
      at('start_interval'),
      'not carried: wharf checks at `interval` from the start (startPeriod only stops failures counting)',
    );
  const form = Array.isArray(check['test']) ? String(check['test'][0]) : 'string';
  ctx.notes.carried(
    at(),
    `health.command ${JSON.stringify(test.command)}${form === 'CMD' ? '' : ' (a shell command, run by sh -c)'}`,
  );
  return health;
}
