/** `brief [command] --help` is printed from dist/cli/help.json without loading yargs: it must be exactly what yargs prints. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../../src/cli/parser.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const stored = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', 'cli', 'help.json'), 'utf8')) as Record<string, string>;
// yargs has no messages for this locale, so it answers in English, and the stored help is not used for it.
const yargsEnv = { LC_ALL: 'xx_XX' };
const englishEnv = { LC_ALL: 'en_US.UTF-8' };

describe('stored help', () => {
  it('is stored for brief and for every command', () => {
    expect(Object.keys(stored).sort()).toEqual(['', ...commandNames].sort());
  });

  for (const command of ['', ...commandNames]) {
    const args = command ? [command] : [];
    it(`brief ${command ? `${command} ` : ''}--help is what yargs prints`, () => {
      const byYargs = runCli([...args, '--help'], { env: yargsEnv });
      expect(byYargs.status).toBe(0);
      expect(byYargs.stderr).toBe('');
      expect(byYargs.stdout).toContain(command ? `brief ${command}` : 'Commands:');
      expect(stored[command]).toBe(byYargs.stdout);
      for (const help of ['--help', '-h']) {
        const r = runCli([...args, help], { env: englishEnv });
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(byYargs.stdout);
      }
    });
  }

  it('is not used when yargs would answer in another language', () => {
    const r = runCli(['--help'], { env: { LC_ALL: 'fr_FR.UTF-8' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Affiche l'aide");
    expect(r.stdout).not.toBe(stored['']);
  });
});
