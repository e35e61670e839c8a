import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * Hostile manifests, one attempt each (test/fixtures/adversarial). Each file says in its
 * header what it tries and where `wharf validate` must refuse it:
 * `# refused: <JSONPath> <grant | none | schema>`.
 */
const corpusDir = 'test/fixtures/adversarial';
interface Attempt {
  file: string;
  text: string;
  path: string;
  grant: string;
}

const attempts: Attempt[] = await Promise.all(
  (await readdir(corpusDir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map(async (file) => {
      const text = await readFile(path.join(corpusDir, file), 'utf8');
      const [, where, grant] = /^# refused: (\S+) (\S+)$/m.exec(text) ?? [];
      if (!where || !grant) throw new Error(`${file} has no "# refused:" line`);
      return { file, text, path: where, grant };
    }),
);

interface JsonProblem {
  file: string;
  line: number;
  path: string;
  message: string;
  rule: string;
}

interface Outcome {
  readonly code: number;
  readonly problems: JsonProblem[];
}

// One repository holds every attempt as an environment of its own (`e01`, `e02`, ...), so one
// `wharf validate` run answers for all of them.
const envName = (i: number): string => `e${String(i + 1).padStart(2, '0')}`;
let root: string;
let outcome: Outcome;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wharf-corpus-'));
  const bindings = attempts.map(
    (_, i) => `  ${envName(i)}:\n    manifest: ${envName(i)}.yaml\n    branch: main\n`,
  );
  await writeFile(
    path.join(root, 'wharf.yaml'),
    `apiVersion: wharf/v1\nkind: Repository\nenvironments:\n${bindings.join('')}`,
  );
  for (const [i, attempt] of attempts.entries()) {
    const text = attempt.text
      .replace(/^name: production$/m, `name: ${envName(i)}`)
      .replace(/^host: app\.adversarial\.test$/m, `host: ${envName(i)}.adversarial.test`);
    await writeFile(path.join(root, `${envName(i)}.yaml`), text);
  }
  const result = await runCli(['validate', root, '--format', 'json']);
  outcome = {
    code: result.code,
    problems: (JSON.parse(result.stdout) as { problems: JsonProblem[] }).problems,
  };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the adversarial corpus', () => {
  it('holds at least 40 attempts, and wharf validate refuses the repository', () => {
    expect(attempts.length).toBeGreaterThanOrEqual(40);
    expect(outcome.code).toBe(1);
  });

  it.each(attempts.map((a, i) => [a.file, a, i] as const))(
    '%s is refused by wharf validate, naming the field and the grant',
    (_file, attempt, i) => {
      const env = envName(i);
      const problems = outcome.problems.filter((p) => p.file.endsWith(`/${env}.yaml`));
      const mine = problems.filter((p) => p.path === attempt.path);
      expect(mine, JSON.stringify(problems)).not.toHaveLength(0);
      // One attempt each: nothing else in the file is wrong.
      expect(problems.filter((p) => !p.path.startsWith(attempt.path))).toEqual([]);
      for (const problem of mine) expect(problem.line).toBeGreaterThan(10);
      if (attempt.grant === 'schema') {
        expect(mine.map((p) => p.rule)).not.toContain('policy');
      } else {
        const said =
          attempt.grant === 'none'
            ? 'no grant allows this'
            : `refused by policy; grant: policy.${env}.${attempt.grant}`;
        expect(mine.map((p) => p.rule)).toEqual(mine.map(() => 'policy'));
        expect(mine.map((p) => p.message)).toContainEqual(expect.stringContaining(said));
      }
    },
  );
});
