// Demo data goes in through the product's own doors (the API, the admin command, the e-mails the
// worker writes), so it takes the real paths: validation, transactions, outbox, worker. Running the
// demo again finds it already there. Each feature adds its part here.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDirectoryClaim } from './directory-claim.mjs';
import { ensureSupplierProfile } from './supplier-profile.mjs';

export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@demo.puente.example', password: 'granite harbor lantern 26', name: 'Ada Admin' },
  buyer: {
    email: 'buyer@demo.puente.example',
    password: 'maple tractor meadow 26',
    name: 'Brooke Buyer',
    organization: { kind: 'buyer', name: 'Lone Star Robotics', country: 'US', language: 'en', timeZone: 'America/Chicago' },
  },
  colleague: { email: 'colleague@demo.puente.example', password: 'walnut compass river 26', name: 'Casey Colleague' },
  supplier: {
    email: 'proveedor@demo.puente.example',
    password: 'cactus río nopal 26',
    name: 'Sofía Proveedora',
    organization: { kind: 'supplier', name: 'Maquinados del Bajío', country: 'MX', language: 'es', timeZone: 'America/Mexico_City' },
  },
  // Claims its plant from the directory (tools/demo/directory-claim.mjs).
  claimant: {
    email: 'aluliq@demo.puente.example',
    password: 'fundición aluminio altec 26',
    name: 'Luis Aluliq',
    organization: { kind: 'supplier', name: 'ALULIQ S. de R.L. de C.V.', country: 'MX', language: 'es', timeZone: 'America/Mexico_City' },
  },
};

async function call(base, method, path, body, token) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-request-id': `demo-data-${Date.now()}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The mail files there are now: what a request sends later is a file not in this set. */
async function mailFiles(mailDir) {
  return new Set(await readdir(mailDir).catch(() => []));
}

/**
 * The first e-mail to `email` (of one of `templates`) written after `before` was taken, as the user
 * would open it. Only this run's mail counts: the folder also holds links from earlier runs, possibly
 * against another database, whose tokens would not work here.
 */
async function newMail(mailDir, before, email, templates) {
  // File names carry the template, so only candidates are opened however full the folder is.
  const nameParts = templates.map((template) => `-${template.replace(/[^a-z0-9]+/g, '-')}-`);
  for (let attempt = 0; attempt < 100; attempt++) {
    const files = (await readdir(mailDir).catch(() => []))
      .filter((file) => file.endsWith('.json') && !before.has(file) && nameParts.some((part) => file.includes(part)))
      .sort();
    for (const file of files) {
      const mail = JSON.parse(await readFile(join(mailDir, file), 'utf8'));
      if (mail.to.toLowerCase() === email.toLowerCase() && templates.includes(mail.template)) return mail;
    }
    await sleep(100);
  }
  throw new Error(`no new ${templates.join(' or ')} e-mail for ${email}: is the worker running?`);
}

/** The token of the link in a mail (links carry it in the fragment, `#token=`). */
function linkToken(mail) {
  return decodeURIComponent(/token=([^\s&"]+)/.exec(mail.text)[1]);
}

/** The buyer invites a colleague, who joins through the e-mailed link; the buyer gets an in-app notice. */
async function ensureColleague(base, mailDir) {
  const buyer = DEMO_ACCOUNTS.buyer;
  const colleague = DEMO_ACCOUNTS.colleague;
  const { accessToken } = (await call(base, 'POST', '/api/v1/auth/sign-in', { email: buyer.email, password: buyer.password, client: 'api' })).body;
  const before = await mailFiles(mailDir);
  const invited = await call(base, 'POST', '/api/v1/team/invitations', { email: colleague.email, role: 'member' }, accessToken);
  if (invited.status === 201) {
    const token = linkToken(await newMail(mailDir, before, colleague.email, ['team.invitation']));
    const accepted = await call(base, 'POST', '/api/v1/team/invitations/accept', { token, name: colleague.name, password: colleague.password });
    if (accepted.status !== 201) throw new Error(`accepting the invitation answered ${accepted.status}`);
  } else if (invited.status !== 409) {
    throw new Error(`inviting ${colleague.email} answered ${invited.status}: ${JSON.stringify(invited.body)}`);
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const { unread } = (await call(base, 'GET', '/api/v1/notifications/unread-count', undefined, accessToken)).body;
    if (unread > 0 || invited.status === 409) return unread;
    await sleep(100);
  }
  throw new Error('the buyer got no notice of the new colleague: is the worker running?');
}

async function ensureOrganization(base, mailDir, account) {
  // Sign-up answers the same for a taken address as for a new one (no account enumeration), so
  // whether the account is already there is asked by signing in with its password.
  const signedIn = await call(base, 'POST', '/api/v1/auth/sign-in', { email: account.email, password: account.password, client: 'api' });
  if (signedIn.status === 200) return 'already there';
  if (signedIn.status !== 401) throw new Error(`sign-in of ${account.email} answered ${signedIn.status}: ${JSON.stringify(signedIn.body)}`);
  const before = await mailFiles(mailDir);
  const signUp = await call(base, 'POST', '/api/v1/auth/sign-up', {
    organization: account.organization,
    user: { name: account.name, email: account.email, password: account.password },
  });
  if (signUp.status !== 202) throw new Error(`sign-up of ${account.email} answered ${signUp.status}: ${JSON.stringify(signUp.body)}`);
  const mail = await newMail(mailDir, before, account.email, ['account.email-verification', 'account.sign-up-attempted']);
  if (mail.template === 'account.sign-up-attempted') throw new Error(`${account.email} already has an account, with another password than the demo's`);
  const verified = await call(base, 'POST', '/api/v1/auth/verify-email', { token: linkToken(mail) });
  if (verified.status !== 204) throw new Error(`verification of ${account.email} answered ${verified.status}`);
  return 'created and verified';
}

function ensureAdmin(workspace, env) {
  const result = spawnSync(process.execPath, ['dist/apps/api/admin-create.cjs', DEMO_ACCOUNTS.admin.email, '--name', DEMO_ACCOUNTS.admin.name], {
    cwd: workspace,
    env: { ...env, ADMIN_PASSWORD: DEMO_ACCOUNTS.admin.password },
    encoding: 'utf8',
  });
  if (result.status === 0) return 'created';
  if (result.stderr.includes('EMAIL_TAKEN')) return 'already there';
  throw new Error(`admin:create failed: ${result.stderr}`);
}

export async function loadDemoData({ base, workspace, env }) {
  const mailDir = resolve(workspace, env.MAIL_DIR ?? '.puente/mail');
  console.log(`  admin     ${DEMO_ACCOUNTS.admin.email}: ${ensureAdmin(workspace, env)}`);
  for (const key of ['buyer', 'supplier']) {
    const account = DEMO_ACCOUNTS[key];
    console.log(`  ${key.padEnd(9)} ${account.organization.name} / ${account.email}: ${await ensureOrganization(base, mailDir, account)}`);
  }
  const unread = await ensureColleague(base, mailDir);
  console.log(`  team      ${DEMO_ACCOUNTS.colleague.email} joined Lone Star Robotics by invitation; the buyer has ${unread} unread notice(s)`);
  const profile = await ensureSupplierProfile(base, DEMO_ACCOUNTS);
  console.log(`  profile   Maquinados del Bajío (two plants, three certifications, one expired, a certificate PDF): ${profile.state}`);
  console.log(`            public page ${profile.page} (API: ${profile.api})`);
  console.log(`  claim     ${await ensureDirectoryClaim(base, DEMO_ACCOUNTS, (account) => ensureOrganization(base, mailDir, account))}`);
}
