import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSigningKeys } from '../auth/keys.ts';
import { loadConfig } from '../config.ts';
import { runPreflight, VERIFIED_SERVICE_VERSION } from '../ops/scaleout-check.ts';
import { SYNC_RULES_PATH } from '../sync/rules.ts';

// `npm run scaleout:check -- <powersync.yaml>`: what the PowerSync Service will need, checked
// before any device is switched to it (docs/scale-out.md). `!env` values come from this process's
// environment, as the service would read them. Exit 1 when anything would fail.
if (existsSync('.env')) process.loadEnvFile('.env');
const file = process.argv[2];
if (!file) {
  console.error('usage: npm run scaleout:check -- <powersync.yaml>');
  process.exit(2);
}
const config = loadConfig();
const keyFile = path.join(config.DATA_DIR, 'keys', 'jwt-private.pem');
// Only an existing key is read: the check never generates one.
const kid = config.JWT_PRIVATE_KEY || existsSync(keyFile) ? (await loadSigningKeys(config.JWT_PRIVATE_KEY, config.DATA_DIR)).kid : null;
const findings = await runPreflight({
  configFile: path.resolve(file),
  env: process.env,
  repoRulesYaml: readFileSync(SYNC_RULES_PATH, 'utf8'),
  ours: { kid, audience: config.JWT_AUDIENCE },
});
if (!kid) findings.push({ level: 'warn', check: 'signing key', message: 'no signing key here (JWT_PRIVATE_KEY or DATA_DIR/keys); run this where the API server runs to compare kids' });
for (const f of findings) console.log(`${f.level === 'ok' ? 'ok  ' : f.level === 'warn' ? 'warn' : 'FAIL'}  ${f.check}: ${f.message}`);
const failed = findings.filter((f) => f.level === 'fail').length;
const warned = findings.filter((f) => f.level === 'warn').length;
console.log(`scaleout:check (PowerSync Service ${VERIFIED_SERVICE_VERSION}): ${failed} failed, ${warned} warnings${failed ? '' : ' — ready to switch'}`);
process.exitCode = failed > 0 ? 1 : 0;
