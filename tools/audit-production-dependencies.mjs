#!/usr/bin/env node
/**
 * `npm run audit:prod`, part of `npm test`: fails on a high or critical advisory in the production
 * dependencies (`npm audit --omit=dev`, read from package-lock.json), except the advisories listed in
 * tools/audit-allowlist.json, each of which README.md must explain.
 *
 * When the registry's audit endpoint cannot be reached the check says so loudly and passes, because a check
 * that fails without network would stop every test run on a machine that only reaches the registry for
 * downloads; set AUDIT_REQUIRED=true where an unchecked run must fail (a release pipeline).
 *
 * Test hooks: AUDIT_ALLOWLIST and AUDIT_README point at other files; npm's own npm_config_registry at another
 * registry.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const allowlistPath = process.env.AUDIT_ALLOWLIST ?? join(workspaceRoot, 'tools/audit-allowlist.json');
const readmePath = process.env.AUDIT_README ?? join(workspaceRoot, 'README.md');
const auditRequired = process.env.AUDIT_REQUIRED === 'true';
const FAILING_SEVERITIES = new Set(['high', 'critical']);

function advisoryId(url, source) {
  return /\/(GHSA-[\w-]+)$/i.exec(url ?? '')?.[1] ?? String(source);
}

/** High and critical advisories of a v2 audit report, once each (a package reached twice is one advisory). */
function failingAdvisories(report) {
  const found = new Map();
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via) {
      // A string names another vulnerable package this one depends on; that package's entry has the advisory.
      if (typeof via !== 'object' || !FAILING_SEVERITIES.has(via.severity)) continue;
      const id = advisoryId(via.url, via.source);
      found.set(id, { id, package: via.name, severity: via.severity, title: via.title, range: via.range, url: via.url });
    }
  }
  return [...found.values()];
}

function readAllowlist() {
  const { advisories } = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  const readme = readFileSync(readmePath, 'utf8');
  const problems = [];
  for (const entry of advisories) {
    if (!entry.id || !entry.package || !entry.reason) problems.push(`${JSON.stringify(entry)} needs an id, a package and a reason`);
    else if (!readme.includes(entry.id)) problems.push(`${entry.id} is allowed but README.md does not explain it`);
  }
  if (problems.length > 0) {
    console.error(`audit:prod: ${allowlistPath} is not in order:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return new Map(advisories.map((entry) => [entry.id, entry]));
}

const allowlist = readAllowlist();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--package-lock-only', '--json', '--fetch-retries=1'], {
  cwd: workspaceRoot,
  encoding: 'utf8',
  timeout: 180_000,
  maxBuffer: 64 * 1024 * 1024,
});
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  // Not a report: handled below.
}

if (!report || typeof report.vulnerabilities !== 'object') {
  const reason = report?.message ?? report?.error?.summary ?? (run.error?.message || run.stderr?.trim() || `npm audit exited with ${run.status}`);
  const banner = auditRequired ? 'ERROR' : 'WARNING';
  console.error(
    `audit:prod: ${banner}: the registry's audit endpoint could not be reached (${reason}).\n` +
      `audit:prod: ${banner}: the production dependencies were NOT checked for advisories.` +
      (auditRequired ? '' : '\naudit:prod: passing anyway; set AUDIT_REQUIRED=true to fail instead.'),
  );
  process.exit(auditRequired ? 1 : 0);
}

const advisories = failingAdvisories(report);
const refused = advisories.filter((advisory) => !allowlist.has(advisory.id));
for (const advisory of advisories.filter((candidate) => allowlist.has(candidate.id))) {
  console.log(`audit:prod: allowed ${advisory.severity} ${advisory.id} in ${advisory.package}: ${allowlist.get(advisory.id).reason}`);
}
for (const id of allowlist.keys()) {
  if (!advisories.some((advisory) => advisory.id === id)) console.log(`audit:prod: ${id} is no longer reported; remove it from the allow-list.`);
}
const counts = report.metadata?.vulnerabilities ?? {};
if (refused.length > 0) {
  console.error(`audit:prod: ${refused.length} high or critical advisory(ies) in production dependencies:`);
  for (const advisory of refused) {
    console.error(`  ${advisory.severity} ${advisory.id} ${advisory.package} ${advisory.range ?? ''}: ${advisory.title}\n    ${advisory.url ?? ''}`);
  }
  console.error('audit:prod: upgrade the package, or when no fixed version exists explain it in README.md (Security) and tools/audit-allowlist.json.');
  process.exit(1);
}
console.log(
  `audit:prod: production dependencies pass (${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low; ${advisories.length} high or critical allowed).`,
);
