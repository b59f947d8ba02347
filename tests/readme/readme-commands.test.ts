import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every command the README shows must work as written. This reads the README's commands, checks
 * each `npm run X` names a script and each `npx plangraph X` a subcommand, and runs the ones that
 * need no server (the CLI's help and `extract … --json` on the bundled plan, straight after install).
 */
const root = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const scripts = Object.keys(
  (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** The text of every `inline code` span and every line of a fenced sh block. */
function commandTexts(markdown: string): string[] {
  const fenced = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'));
  const inline = [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return [...fenced, ...inline].map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

const commands = commandTexts(readme);
const npmRuns = [...new Set(commands.flatMap((c) => [...c.matchAll(/npm run ([\w:.-]+)/g)].map((m) => m[1])))];
const cliCommands = [...new Set(commands.flatMap((c) => [...c.matchAll(/npx plangraph ([a-z-]+)/g)].map((m) => m[1])))];
/** A table row's `npm run a` / `b` / `c`: the bare names after the first are scripts too. */
const shorthand = [
  ...new Set(
    readme
      .split('\n')
      .filter((line) => /^\|\s*`npm run /.test(line))
      .flatMap((line) => [...line.split('|')[1].matchAll(/`([\w:.-]+)`/g)].map((m) => m[1])),
  ),
];

const plangraph = (args: string[]) =>
  execFileSync(process.execPath, [path.join(root, 'bin', 'plangraph.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

describe('the README', () => {
  it('shows commands to check', () => {
    expect(npmRuns.length).toBeGreaterThan(3);
    expect(cliCommands).toEqual(expect.arrayContaining(['extract', 'import']));
  });

  it.each(npmRuns)('npm run %s names a script of package.json', (script) => {
    expect(scripts).toContain(script);
  });

  it.each(shorthand)('the shorthand %s names a script of package.json', (script) => {
    expect(scripts).toContain(script);
  });

  it('npm start and npm test exist', () => {
    expect(scripts).toEqual(expect.arrayContaining(['start', 'test']));
  });

  it.each(cliCommands)('npx plangraph %s is a command of the CLI', (command) => {
    expect(plangraph([command, '--help'])).toContain(`plangraph ${command}`);
  });

  it('npx plangraph extract FILE --json prints the bundled plan without a database', () => {
    const bundle = JSON.parse(plangraph(['extract', 'data/jingdezhen-gazette-2026-05.txt', '--json'])) as {
      projects: unknown[];
    };
    expect(bundle.projects.length).toBeGreaterThan(300);
  });
});
