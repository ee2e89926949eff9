// The content schemas reject what they promise to reject, with a message that says what is wrong (in the manner
// of Starlight's schema tests): each case breaks one thing in a copy of a real content file.
import { describe, expect, test } from 'vitest';
import { scenarioSchema } from '../../src/domain/scenario-schema';
import { scriptSchema } from '../../src/domain/script-schema';
import { contentFiles, readYaml } from './load-content';

type Content = Record<string, unknown> & { replies?: { kind: string }[]; options?: { best: boolean }[] };
const aScript = () => readYaml(contentFiles('scripts', '.yaml')[0]!) as Content;
const aScenario = () => readYaml(contentFiles('scenarios', '.yaml')[0]!) as Content;

/** "path: message" for each problem the schema finds. */
function problems(schema: typeof scriptSchema | typeof scenarioSchema, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the script schema', () => {
  test('accepts a real script unchanged (so the cases below fail for the reason they name)', () => {
    expect(problems(scriptSchema, aScript())).toEqual([]);
  });

  test('needs a title', () => {
    const { title: _title, ...script } = aScript();
    expect(problems(scriptSchema, script)).toEqual(['title: Invalid input: expected string, received undefined']);
  });

  test('needs one of each required reply kind', () => {
    const script = aScript();
    script.replies = script.replies!.filter((reply) => reply.kind !== 'disclosure');
    script.replies.push({ ...script.replies[0]!, kind: 'other' });
    expect(problems(scriptSchema, script)).toEqual(['replies: Missing a "disclosure" reply']);
  });

  test('takes only the known age bands', () => {
    expect(problems(scriptSchema, { ...aScript(), band: '18-25' })).toEqual([
      'band: Invalid option: expected one of "4-7"|"8-10"|"11-13"|"14-17"',
    ]);
  });

  test('keeps the topic usable as a URL segment', () => {
    expect(problems(scriptSchema, { ...aScript(), topic: 'Fake Images' })).toEqual([
      'topic: Invalid string: must match pattern /^[a-z0-9]+(?:-[a-z0-9]+)*$/',
    ]);
  });

  test('asks for three to five key messages', () => {
    expect(problems(scriptSchema, { ...aScript(), keyMessages: ['One', 'Two'] })).toEqual([
      'keyMessages: Too small: expected array to have >=3 items',
    ]);
  });
});

describe('the scenario schema', () => {
  test('accepts a real scenario unchanged', () => {
    expect(problems(scenarioSchema, aScenario())).toEqual([]);
  });

  test('needs at least one option marked best', () => {
    const scenario = aScenario();
    scenario.options = scenario.options!.map((option) => ({ ...option, best: false }));
    expect(problems(scenarioSchema, scenario)).toEqual(['options: At least one option must be marked best']);
  });

  test('offers three or four options', () => {
    const scenario = aScenario();
    const bestFirst = [...scenario.options!].sort((a, b) => Number(b.best) - Number(a.best));
    expect(problems(scenarioSchema, { ...scenario, options: bestFirst.slice(0, 2) })).toEqual([
      'options: Too small: expected array to have >=3 items',
    ]);
  });

  test('gives the situation enough words to picture', () => {
    expect(problems(scenarioSchema, { ...aScenario(), situation: 'A message.' })).toEqual([
      'situation: Too small: expected string to have >=40 characters',
    ]);
  });
});
