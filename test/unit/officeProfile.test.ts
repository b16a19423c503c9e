// LibreOffice's profile for exports (office/profile.ts): kept in the data folder for one session at
// a time, and marked with the installed version, without which LibreOffice runs its graphics render
// tests at every headless start.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimProfile, markVersion, productVersion } from '../../electron/backend/office/profile';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An installation as LibreOffice lays it out on Linux and Windows: program/ beside share/. */
function installation(version = '7.4'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kw-lo-install-'));
  made.push(root);
  mkdirSync(path.join(root, 'program'));
  mkdirSync(path.join(root, 'share', 'registry'), { recursive: true });
  writeFileSync(
    path.join(root, 'share', 'registry', 'main.xcd'),
    `<oor:data><node oor:name="Product">\n  <prop oor:name="ooSetupVersion">\n    <value>${version}</value>\n  </prop>\n</node></oor:data>`,
  );
  return path.join(root, 'program', 'soffice');
}

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-lo-data-'));
  made.push(dir);
  return dir;
}

const settings = (profile: string) =>
  readFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), 'utf8');
const marked = (version: string) =>
  `<prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop>`;

describe("the export's LibreOffice profile", () => {
  it('knows the installed version from the installation itself', async () => {
    expect(await productVersion(installation('24.8'))).toBe('24.8');
    expect(await productVersion(path.join(folder(), 'program', 'soffice'))).toBeUndefined();
  });

  it('is kept in the data folder and marked with that version', async () => {
    const work = folder();
    const profile = await claimProfile(installation('7.4'), work, folder());
    expect(profile).toMatchObject({ folder: path.join(work, 'profile'), kept: true });
    expect(settings(profile.folder)).toContain(marked('7.4'));
    await profile.release();
    const again = await claimProfile(installation('7.4'), work, folder());
    expect(again.kept).toBe(true);
    await again.release();
  });

  it('is a temporary one for a second session while the first holds the kept one', async () => {
    const work = folder();
    const temp = folder();
    const first = await claimProfile(installation(), work, folder());
    const second = await claimProfile(installation(), work, temp);
    expect(second).toMatchObject({ folder: path.join(temp, 'profile'), kept: false });
    expect(settings(second.folder)).toContain(marked('7.4'));
    await second.release();
    await first.release();
  });

  it('takes over the lock of a process that is gone', async () => {
    const work = folder();
    // No process has this id (the kernel's limit is below it).
    writeFileSync(path.join(work, 'profile.lock'), '2147483646');
    const profile = await claimProfile(installation(), work, folder());
    expect(profile.kept).toBe(true);
    await profile.release();
  });

  it('updates the version in settings LibreOffice wrote, keeping the rest', async () => {
    const profile = folder();
    mkdirSync(path.join(profile, 'user'));
    writeFileSync(
      path.join(profile, 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">\n' +
        '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>\n' +
        `<item oor:path="/org.openoffice.Setup/Product">${marked('7.3')}</item>\n</oor:items>\n`,
    );
    await markVersion(profile, '7.4');
    const written = settings(profile);
    expect(written).toContain(marked('7.4'));
    expect(written).not.toContain(marked('7.3'));
    expect(written).toContain('<prop oor:name="FirstRun"');
  });
});
