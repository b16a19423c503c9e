// `npm test`: system packages, lint, typecheck, build, then every vitest project; ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './build.mjs';

const report = path.join(root, 'test-results', 'vitest.json');

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = [
  ['Systempakete', 'bash', ['scripts/ensure-system-deps.sh']],
  ['Lint', npm, ['run', '--silent', 'lint']],
  ['Typprüfung', npm, ['run', '--silent', 'typecheck']],
  ['Build', npm, ['run', '--silent', 'build']],
];
for (const [label, command, args] of steps) {
  if (!run(label, command, args)) {
    console.log(`\n${label} fehlgeschlagen.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(path.dirname(report), { recursive: true });
rmSync(report, { force: true });
const testsPassed = run(
  'Tests',
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { NO_COLOR: '1' },
);

const { passed, failed } = readSummary();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(testsPassed && failed === 0 && passed > 0 ? 0 : 1);

/** Counts from vitest's JSON report; a missing or broken report counts as one failure. */
function readSummary() {
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    const failures = summary.numFailedTests + (summary.numRuntimeErrors ?? 0);
    return { passed: summary.numPassedTests, failed: failures || (testsPassed ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}
