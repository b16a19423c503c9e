// electron-builder cannot run here (it downloads Electron), but its configuration can be checked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import packageJson from '../../package.json';

const root = path.resolve(import.meta.dirname, '..', '..');
// electron-builder's own validator, from the packages it installs (not part of its public API).
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util/out/DebugLogger');

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.productName).toBe('Kommunalwerkstatt');
    expect(config.fileAssociations).toMatchObject([{ ext: 'werkstatt' }]);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3/**',
        'node_modules/@resvg/**',
        'dist/fonts/**',
      ]),
    );
  });

  it('flips the fuses that would turn the binary into a plain Node or load foreign code', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the native modules as runtime dependencies (the rest is bundled)', () => {
    expect(Object.keys(packageJson.dependencies)).toEqual(['@resvg/resvg-js', 'better-sqlite3']);
    expect(packageJson.devDependencies.electron).toBe('45.4.1');
    expect(packageJson.main).toBe('dist/electron/main.cjs');
  });

  it('runs no Electron download or rebuild in any npm script', () => {
    const scripts = Object.entries(packageJson.scripts).filter(([name]) => name !== 'package');
    for (const [, command] of scripts)
      expect(command).not.toMatch(/install-app-deps|electron-rebuild|playwright install/);
    expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).not.toMatch(
      /electron-builder|playwright install/,
    );
  });
});
