// The first step of `npm test`: makes sure the engines it will run on (BROWSERS=…, all three by
// default) are installed, with Debian's packages. As root with apt-get it installs what is
// missing; otherwise it stops with the one command to run. Installs nothing when all are there.
import { spawnSync } from 'node:child_process';
import { missingPackages, selectedEngines, which } from '../test/support/engines.mjs';

function stop(message) {
  console.error(message);
  process.exit(1);
}

let engines;
try {
  engines = selectedEngines();
} catch (error) {
  stop(error.message);
}

const packages = missingPackages(engines);
if (packages.length > 0) {
  const install = `apt-get install -y ${packages.join(' ')}`;
  const subset = 'or pick engines with BROWSERS=chromium, firefox or webkit';
  if (!which('apt-get')) {
    stop(`The tests need the Debian packages ${packages.join(', ')} (or their browsers); ${subset}.`);
  }
  if (process.getuid?.() !== 0)
    stop(`The tests need browsers: run \`sudo apt-get update && sudo ${install}\`, ${subset}.`);

  console.log(`Installing the test browsers: ${install}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...packages],
  ]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      stop(`\`apt-get ${args.join(' ')}\` failed; run \`${install}\` by hand, ${subset}.`);
    }
  }
  const stillMissing = missingPackages(engines);
  if (stillMissing.length > 0) stop(`Installed, but still not found: ${stillMissing.join(', ')}.`);
}
