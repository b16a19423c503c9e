// electron-builder cannot run here (it downloads Electron), but its configuration can be checked:
// its own schema, and every file it names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import packageJson from '../../package.json';
import { missingFiles, namedFiles, patternKeys, unmatchedPatterns } from '../support/builderFiles';

const root = path.resolve(import.meta.dirname, '..', '..');
// electron-builder's own validator, from the packages it installs (not part of its public API).
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util/out/DebugLogger');

const loadConfig = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);
/** The built app (`npm run build`, which `npm test` runs first): what `files` and `asarUnpack` pick from. */
const built = existsSync(path.join(root, packageJson.main));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await loadConfig();
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
    const config = await loadConfig();
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

  it('finds every file it names: icons of the app and the .werkstatt association, build resources', async () => {
    const config = await loadConfig();
    expect(missingFiles(config, root)).toEqual([]);
    expect(namedFiles(config, root).map((file) => file.option)).toEqual(
      expect.arrayContaining([
        'directories.buildResources',
        'win.icon',
        'mac.icon',
        'linux.icon',
        'fileAssociations[0].icon (macOS)',
        'fileAssociations[0].icon (Windows)',
      ]),
    );
    expect(config.win.icon).toBe('assets/icon.ico');
    expect(config.mac.icon).toBe('assets/icon.icns');
  });

  it('reports a file it names that is not there', async () => {
    const config = await loadConfig();
    const broken = {
      ...config,
      win: { ...config.win, icon: 'assets/fehlt.ico' },
      nsis: { ...config.nsis, installerSidebar: 'seitenbild.bmp' },
      fileAssociations: [{ ext: 'werkstatt', icon: 'dokument' }],
    };
    expect(missingFiles(broken, root)).toEqual([
      'win.icon: assets/fehlt.ico',
      'nsis.installerSidebar: seitenbild.bmp',
      'fileAssociations[0].icon (macOS): dokument.icns',
      'fileAssociations[0].icon (Windows): dokument.ico',
    ]);
    expect(
      unmatchedPatterns({ asarUnpack: ['node_modules/gibt-es-nicht/**'] }, root, 'asarUnpack'),
    ).toEqual(['asarUnpack: node_modules/gibt-es-nicht/**']);
  });

  it.skipIf(!built)(
    'matches every file pattern in the built app (files, asarUnpack, extra resources)',
    async () => {
      const config = await loadConfig();
      for (const key of patternKeys) expect(unmatchedPatterns(config, root, key), key).toEqual([]);
    },
  );

  it('builds an MSI for municipal IT: per machine, quiet, German, with a fixed upgrade code', async () => {
    const config = await loadConfig();
    expect(config.win.target).toEqual(['nsis', 'portable', 'msi']);
    expect(config.msi).toMatchObject({
      perMachine: true,
      runAfterFinish: false,
      upgradeCode: '21B84B28-D9B3-533F-B464-BC8EC12C1205',
      additionalLightArgs: ['-cultures:de-de'],
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
