import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { PostgresSearchEngine, reindexAll } from '@puente/search';
import { insertDirectoryListing, waitFor } from '@puente/testing';
import { newContext } from './support/browser';
import { browserJourney } from './support/browser-journey';
import { PuenteStack } from './support/puente-stack';
import { check } from './support/screen-check';

const PASSWORD = 'maple tractor meadow 26';

// A browser journey takes longer than an API call: these tests get a minute and a half each.
// A journey takes 20-60 s alone; under a full run on 2 loaded cores the longest came near 90 s.
jest.setTimeout(180_000);

describe('the web app in Chromium', () => {
  let stack: PuenteStack;
  let browser: Browser;
  const shots = browserJourney((started) => ({ stack, browser } = started));

  it('a buyer signs up, verifies by e-mail, signs in, invites a teammate who joins, and reads the notice in Spanish', async () => {
    const buyer = await newContext(browser);
    const page = await buyer.newPage();
    const base = stack.http.base;

    await page.goto(`${base}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The bridge between US buyers and Mexican manufacturers');
    await check(page, 'landing', shots);

    await page.getByRole('link', { name: 'Create an account' }).first().click();
    await page.getByRole('heading', { name: 'Create your Puente account' }).waitFor();
    await page.getByRole('radio', { name: /Buyer/ }).check();
    await page.getByLabel(/^Company name/).fill('Lone Star Robotics');
    await page.getByLabel(/^Your name/).fill('Brooke Buyer');
    await page.getByLabel(/^Work e-mail/).fill('brooke@lonestar.example');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await check(page, 'sign-up', shots);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await check(page, 'sign-up-check-email', shots);

    const verification = await stack.mail.waitFor('brooke@lonestar.example', 'account.email-verification');
    // The token is in the link's fragment; the app posts it and takes it out of the address bar.
    await page.goto(/https?:\/\/\S+verify-email#token=\S+/.exec(verification.text)![0]);
    await page.getByText('Your e-mail address is verified.').waitFor();
    expect(page.url()).toBe(`${base}/verify-email`);
    await check(page, 'verify-email', shots);

    await page.goto(`${base}/sign-in`);
    await page.getByLabel(/^E-mail/).fill('brooke@lonestar.example');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await check(page, 'sign-in', shots);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Hello, Brooke Buyer' }).waitFor();
    await check(page, 'home', shots);

    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    await page.getByLabel(/^E-mail/).fill('casey@lonestar.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to casey@lonestar.example.').waitFor();
    await check(page, 'team', shots);

    // The teammate's browser speaks Spanish: the app follows it before anyone signs in.
    const teammate = await newContext(browser, { locale: 'es-MX' });
    const teammatePage = await teammate.newPage();
    const invitation = await stack.mail.waitFor('casey@lonestar.example', 'team.invitation');
    await teammatePage.goto(/https?:\/\/\S+accept-invitation#token=\S+/.exec(invitation.text)![0]);
    await teammatePage.getByRole('heading', { name: 'Únete a tu equipo en Puente' }).waitFor();
    expect(teammatePage.url()).toBe(`${base}/accept-invitation`);
    await teammatePage.getByLabel(/^Tu nombre/).fill('Casey Colleague');
    await teammatePage.getByLabel(/^Contraseña/).fill('walnut compass river 26');
    await teammatePage.getByRole('button', { name: 'Unirme al equipo' }).click();
    // Signed in, the saved preference wins: the account took its organization's language (English).
    await teammatePage.getByRole('heading', { name: 'Hello, Casey Colleague' }).waitFor();
    await teammate.close();

    // The buyer switches to Spanish (saved as a preference) and reads the notice.
    await page.getByText('ES', { exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: /Notificaciones/ }).click();
    await page.getByRole('heading', { name: 'Notificaciones', level: 1 }).waitFor();
    await page.getByText('Casey Colleague se unió a tu equipo').waitFor();
    expect(await page.getByTestId('unread-badge').textContent()).toBe('1');
    await check(page, 'notifications-es', shots);
    await page.getByRole('button', { name: 'Marcar como leída: Casey Colleague se unió a tu equipo' }).click();
    await page.getByTestId('unread-badge').waitFor({ state: 'detached' });

    // The language choice was saved to the profile: a new browser with English defaults shows Spanish after sign-in.
    const [saved] = await stack.db.query(`SELECT language FROM users WHERE email = 'brooke@lonestar.example'`);
    expect(saved).toEqual({ language: 'es' });
    await buyer.close();
  });

  it('signing up with a taken address shows the same screen (in Spanish here), and the owner is told', async () => {
    const organization = await stack.factory.organization({ name: 'Taken Tools Inc', kind: 'buyer', country: 'US' });
    const owner = await stack.factory.user(organization.id, { name: 'Tina Taken' });
    const context = await newContext(browser, { locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto(`${stack.http.base}/sign-up`);
    await page.getByRole('heading', { name: 'Crea tu cuenta en Puente' }).waitFor();
    await page.getByRole('radio', { name: /Proveedora/ }).check();
    await page.getByLabel(/^Nombre de la empresa/).fill('Otra Empresa');
    await page.getByLabel(/^Tu nombre/).fill('Alguien Más');
    await page.getByLabel(/^Correo electrónico de trabajo/).fill(owner.email);
    await page.getByLabel(/^Contraseña/).fill('granite willow lantern 31');
    await page.getByRole('button', { name: 'Crear cuenta' }).click();
    await page.getByRole('heading', { name: 'Revisa tu correo' }).waitFor();
    await page.getByText(`Enviamos un correo a ${owner.email}.`, { exact: false }).waitFor();
    await check(page, 'sign-up-check-email-es', shots);
    const notice = await stack.mail.waitFor(owner.email, 'account.sign-up-attempted');
    expect(notice.subject).toBe('Someone tried to sign up with your e-mail');
    await context.close();
  });

  it('an older reset link with ?token= still works, and the token leaves the address bar', async () => {
    const user = await stack.factory.user((await stack.factory.organization({ name: 'Old Links LLC', kind: 'buyer', country: 'US' })).id, { name: 'Otto Old' });
    await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email: user.email } });
    const mail = await stack.mail.waitFor(user.email, 'account.password-reset');
    const link = /https?:\/\/\S+reset-password#token=\S+/.exec(mail.text)![0].replace('#token=', '?token=');
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(page.url()).toBe(`${stack.http.base}/reset-password`);
    await page.getByLabel(/^New password/).fill('thimble harbor willow 88');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('Your password was changed.', { exact: false }).waitFor();
    expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: user.email, password: 'thimble harbor willow 88' } })).status).toBe(200);
    await context.close();
  });

  it('an admin reads the audit log', async () => {
    const admin = await stack.factory.user((await stack.factory.platformOrganization()).id, { name: 'Ada Admin' });
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.http.base}/sign-in?next=/admin/audit`);
    await page.getByLabel(/^E-mail/).fill(admin.email);
    await page.getByLabel(/^Password/).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByText('auth.signed_in').first().waitFor();
    await check(page, 'admin-audit', shots);
    await context.close();
  });

  it('an admin reads the review queue, filters it and opens a decided review', async () => {
    const admin = await stack.factory.user((await stack.factory.platformOrganization()).id, { name: 'Rita Reviewer' });
    const supplier = await stack.factory.organization({ kind: 'supplier', name: 'Troqueles de Querétaro', country: 'MX', language: 'es' });
    // Straight to the table: subjects and their handler belong to the suppliers context; the queue's
    // screens need only the items (a decided item's page shows the decision, not a comparison).
    const [decided] = await stack.db.query(
      `INSERT INTO review_items (kind, subject_id, organization_id, state, reason_code, note, decided_by_user_id, decided_at, created_at, updated_at)
       VALUES ('supplier_profile', gen_random_uuid(), $1, 'changes_requested', 'incomplete_information', 'Add the plant address.', $2,
               now(), now() - interval '3 days', now()) RETURNING id`,
      [supplier.id, admin.userId],
    );
    await stack.db.query(
      `INSERT INTO review_items (kind, subject_id, organization_id, state, created_at, updated_at)
       VALUES ('supplier_profile', gen_random_uuid(), $1, 'open', now() - interval '2 days', now())`,
      [supplier.id],
    );
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.http.base}/sign-in?next=/admin/reviews`);
    await page.getByLabel(/^E-mail/).fill(admin.email);
    await page.getByLabel(/^Password/).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    const queue = page.getByTestId('review-queue');
    await queue.getByText('2 days ago').waitFor();
    expect(await queue.getByRole('row').count()).toBe(2);
    await check(page, 'admin-reviews', shots);

    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Changes requested' }).click();
    await queue.getByText('3 days ago').waitFor();
    await page.getByRole('link', { name: 'Troqueles de Querétaro' }).click();
    await page.getByRole('heading', { name: 'Review of Troqueles de Querétaro', level: 1 }).waitFor();
    const decision = page.getByTestId('review-decision');
    await decision.getByText('Reason: Some required information is missing or incomplete.').waitFor();
    await decision.getByText('Note to the supplier: Add the plant address.').waitFor();
    expect(page.url()).toContain(`/admin/reviews/${decided.id}`);
    await check(page, 'admin-review-decided', shots);
    await context.close();
  });

  it('an owner makes a teammate an owner too, then changes their own password', async () => {
    const organization = await stack.factory.organization({ name: 'Role Play LLC', kind: 'buyer', country: 'US' });
    const owner = await stack.factory.user(organization.id, { name: 'Olive Owner' });
    await stack.factory.user(organization.id, { name: 'Mel Member', role: 'member' });
    const context = await newContext(browser);
    const page = await context.newPage();
    const signIn = async (password: string) => {
      await page.goto(`${stack.http.base}/sign-in`);
      await page.getByLabel(/^E-mail/).fill(owner.email);
      await page.getByLabel(/^Password/).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Hello, Olive Owner' }).waitFor();
    };
    await signIn(owner.password);

    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('combobox', { name: 'Role of Mel Member' }).click();
    await page.getByRole('option', { name: 'Owner' }).click();
    await waitFor(async () => {
      const [row] = await stack.db.query(`SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.name = 'Mel Member'`);
      return row?.role === 'owner' || undefined;
    }, 'the new role to be saved');

    await page.getByRole('link', { name: 'Profile', exact: true }).click();
    const newPassword = 'harbor willow thimble 77';
    await page.getByLabel(/^Current password/).fill('not my password at all');
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The current password is not correct.').waitFor();
    await page.getByLabel(/^Current password/).fill(owner.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions were signed out.').waitFor();
    await check(page, 'profile-password-changed', shots);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(newPassword);
    await context.close();
  });

  it('keeps a user signed in when two tabs refresh the session at the same instant', async () => {
    const user = await stack.factory.user((await stack.factory.organization({ name: 'Twin Tabs Inc', kind: 'buyer', country: 'US' })).id, { name: 'Tess Tabs' });
    const context = await newContext(browser);
    const first = await context.newPage();
    await first.goto(`${stack.http.base}/sign-in`);
    await first.getByLabel(/^E-mail/).fill(user.email);
    await first.getByLabel(/^Password/).fill(user.password);
    await first.getByRole('button', { name: 'Sign in' }).click();
    const greeting = (page: Page) => page.getByRole('heading', { name: 'Hello, Tess Tabs' }).waitFor();
    await greeting(first);
    const second = await context.newPage();
    await second.goto(first.url());
    await greeting(second);
    // Both tabs share the one refresh cookie; each reload refreshes on load. Without coordination the
    // second refresh presents a token the first just rotated, which revokes the whole session.
    for (let round = 0; round < 3; round++) {
      await Promise.all([first.reload(), second.reload()]);
      await Promise.all([greeting(first), greeting(second)]);
    }
    const third = await context.newPage();
    await third.goto(first.url());
    await greeting(third);
    await context.close();
  });

  it('a supplier fills her profile in Spanish on a phone and submits it; an admin approves it; a buyer reads it in English', async () => {
    const organization = await stack.factory.organization({ name: 'Maquinados del Bajío Web', kind: 'supplier', country: 'MX', language: 'es' });
    const owner = await stack.factory.user(organization.id, { name: 'Lucía Proveedora', language: 'es' });
    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'smallPhone' });
    const page = await phone.newPage();
    await page.goto(`${stack.http.base}/sign-in`);
    await page.getByLabel(/^Correo electrónico/).fill(owner.email);
    await page.getByLabel(/^Contraseña/).fill(owner.password);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('heading', { name: 'Hola, Lucía Proveedora' }).waitFor();
    await page.getByRole('button', { name: 'Abrir navegación' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Perfil de proveedor' }).click();
    await page.getByRole('heading', { name: 'Perfil de proveedor', level: 1 }).waitFor();
    await page.getByTestId('profile-state').getByText('Borrador').waitFor();
    await check(page, 'supplier-profile-empty-es', shots);

    // One form: every section's Save sends it all, and the API wants a description before anything is kept.
    const capabilitiesForm = page.getByRole('region', { name: 'Capacidades', exact: true });
    await capabilitiesForm.getByLabel(/^Descripción en español/).fill('Maquinado CNC y troquelado de lámina de acero para la industria automotriz.');
    await capabilitiesForm.getByLabel(/^Descripción en inglés/).fill('CNC machining and steel sheet stamping for the automotive industry.');
    // Company: an RFC with an impossible date (13th month) is refused next to the field, in Spanish.
    const company = page.getByRole('region', { name: 'Empresa', exact: true });
    await company.getByLabel(/^Razón social/).fill('Maquinados del Bajío SA de CV');
    await company.getByLabel(/^Nombre comercial/).fill('Maquinados del Bajío');
    await company.getByLabel(/^RFC$/).fill('SYX101315QR5');
    await company.getByRole('button', { name: 'Guardar' }).click();
    await company.getByText('contiene una fecha que no existe').first().waitFor();
    await check(page, 'supplier-profile-rfc-error-es', shots);
    await company.getByLabel(/^RFC$/).fill('SYX100515QR5');
    await company.getByLabel(/^Año de fundación/).fill('1998');
    await company.getByRole('button', { name: 'Guardar' }).click();
    await company.getByText('Guardado').waitFor();

    // Capabilities: the codes come from the description's words, accepted with one tap.
    const capabilities = page.getByRole('region', { name: 'Capacidades', exact: true });
    await capabilities.getByRole('button', { name: 'Sugerir a partir de la descripción' }).click();
    const suggested = capabilities.getByRole('list', { name: 'Capacidades sugeridas' });
    await suggested.getByText('Maquinado CNC', { exact: true }).waitFor();
    await capabilities.getByRole('button', { name: /^Añadir las \d+$/ }).click();
    await suggested.getByRole('button', { name: /^Añadir / }).first().waitFor({ state: 'detached' });
    await capabilities.getByRole('button', { name: 'Guardar' }).click();
    await capabilities.getByText('Guardado').waitFor();
    await check(page, 'supplier-profile-capabilities-es', shots);

    // A plant from the place type-ahead: located, with its nearest crossings.
    const plants = page.getByRole('region', { name: 'Plantas', exact: true });
    await plants.getByRole('button', { name: 'Añadir una planta' }).click();
    await plants.getByLabel(/^Nombre de la planta/).fill('Planta Irapuato');
    await plants.getByRole('combobox', { name: /^Localidad o municipio/ }).fill('Irapuato');
    await page.getByRole('option', { name: /^Irapuato, .*Guanajuato$/ }).first().click();
    await plants.getByLabel(/^Código postal/).fill('36615');
    await plants.getByRole('button', { name: 'Guardar planta' }).click();
    await plants.getByRole('article', { name: 'Planta Irapuato' }).getByText('Cruces terrestres a EE. UU. más cercanos por carretera').waitFor();
    // The map draws once its lazily loaded atlas arrives: the plant's dot is there.
    await plants.getByRole('img', { name: 'Mapa de México y la frontera con EE. UU. que muestra dónde está Planta Irapuato' }).locator('circle').waitFor();

    // The certificate's PDF first, with the upload's progress; then the certification pointing to it.
    const documents = page.getByRole('region', { name: 'Documentos y fotos', exact: true });
    await documents.locator('input[type="file"]').setInputFiles({ name: 'iso-9001.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1') });
    await documents.getByRole('button', { name: 'Subir' }).click();
    await documents.getByRole('list', { name: 'Tus documentos' }).getByText('iso-9001.pdf').waitFor();
    // The download needs her bearer token, so it goes through fetch: the same bytes come back under the file's name.
    const [download] = await Promise.all([page.waitForEvent('download'), documents.getByRole('button', { name: 'Descargar iso-9001.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('iso-9001.pdf');
    expect((await readFile((await download.path())!)).toString('latin1')).toMatch(/^%PDF-1\.7/);

    const certifications = page.getByRole('region', { name: 'Certificaciones', exact: true });
    const addCertification = async (type: string, validUntil: string, withDocument: boolean) => {
      await certifications.getByRole('button', { name: 'Añadir una certificación' }).click();
      await certifications.getByRole('combobox', { name: /^Certificación/ }).fill(type);
      await page.getByRole('option', { name: type, exact: true }).click();
      await certifications.getByLabel(/^Emitida por/).fill('Bureau Veritas');
      await certifications.getByLabel(/^Válida desde/).fill('2020-01-15');
      await certifications.getByLabel(/^Válida hasta/).fill(validUntil);
      if (withDocument) {
        await certifications.getByRole('combobox', { name: /^Documento del certificado/ }).click();
        await page.getByRole('option', { name: 'iso-9001.pdf' }).click();
      }
      await certifications.getByRole('button', { name: 'Guardar certificación' }).click();
      await certifications.getByRole('article', { name: type }).waitFor();
    };
    await addCertification('ISO 9001', '2099-01-14', true);
    // An expired one is marked in words.
    await addCertification('IATF 16949', '2021-01-14', false);
    await certifications.getByRole('article', { name: 'IATF 16949' }).getByText('Vencida', { exact: true }).waitFor();
    await check(page, 'supplier-profile-plants-certifications-es', shots);

    const capacity = page.getByRole('region', { name: 'Capacidad', exact: true });
    await capacity.getByLabel(/^Pedido mínimo/).fill('500');
    await capacity.getByLabel(/^Tiempo de entrega/).fill('21');
    await capacity.getByRole('button', { name: 'Guardar' }).click();
    await capacity.getByText('Guardado').waitFor();
    const exports = page.getByRole('region', { name: 'Exportación y registros', exact: true });
    await exports.getByLabel('Exporta hoy a EE. UU.').check();
    await exports.getByLabel('Puede emitir certificado de origen T-MEC').check();
    await exports.getByLabel(/^Número de programa IMMEX/).fill('IMMEX-2011-123');
    await exports.getByRole('button', { name: 'Guardar' }).click();
    await exports.getByText('Guardado').waitFor();

    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await page.getByTestId('profile-state').getByText('En revisión').waitFor();
    await check(page, 'supplier-profile-submitted-es', shots);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const preview = await page.getByRole('link', { name: 'Vista previa como la ven los compradores' }).getAttribute('href');
    const supplierId = /\/suppliers\/([0-9a-f-]{36})/.exec(preview ?? '')![1];
    await phone.close();

    // An admin at a desk approves it through the review page.
    const admin = await stack.factory.user((await stack.factory.platformOrganization()).id, { name: 'Alma Admin' });
    const desk = await newContext(browser);
    const adminPage = await desk.newPage();
    await adminPage.goto(`${stack.http.base}/sign-in?next=/admin/reviews`);
    await adminPage.getByLabel(/^E-mail/).fill(admin.email);
    await adminPage.getByLabel(/^Password/).fill(admin.password);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.getByRole('link', { name: 'Maquinados del Bajío Web' }).click();
    await adminPage.getByRole('heading', { name: 'Review of Maquinados del Bajío Web', level: 1 }).waitFor();
    await adminPage.getByRole('button', { name: 'Approve' }).click();
    await adminPage.getByTestId('review-decision').waitFor();
    await desk.close();

    // Anyone reads it, in English: names from the vocabulary in English, the expired certificate marked.
    const visitor = await newContext(browser);
    const reader = await visitor.newPage();
    await reader.goto(`${stack.http.base}/suppliers/${supplierId}`);
    await reader.getByRole('heading', { name: 'Maquinados del Bajío', level: 1 }).waitFor();
    await reader.getByText('CNC machining and steel sheet stamping for the automotive industry.').waitFor();
    await reader.getByRole('list', { name: 'Processes' }).getByText('CNC machining', { exact: true }).waitFor();
    await reader.getByRole('list', { name: 'Industries served' }).getByText('Automotive', { exact: true }).waitFor();
    await reader.getByTestId('verification-level').getByText('E-mail verified').waitFor();
    await reader.getByText(/^Bureau Veritas · expired on January 14, 2021$/).waitFor();
    await reader.getByRole('article', { name: 'Planta Irapuato' }).getByRole('columnheader', { name: 'Days to the border' }).waitFor();
    await reader.getByRole('article', { name: 'Planta Irapuato' }).getByRole('img', { name: 'Map of Mexico and the US border showing where Planta Irapuato is' }).locator('circle').waitFor();
    // The RFC is hidden beyond its letters, as she chose (the default).
    expect(await reader.getByText('SYX100515QR5').count()).toBe(0);
    await check(reader, 'supplier-public-en', shots);
    await visitor.close();
  });

  it('a supplier finds her RETC plant in Spanish and claims it with a document; an admin approves; she edits and submits it', async () => {
    // The RETC row ALU0100100034 as the importer writes it, with the optional columns a chamber's export may carry.
    const listing = await insertDirectoryListing(stack.db, {
      registry: 'RETC',
      sourceId: 'ALU0100100034',
      legalName: 'ALULIQ S. DE R.L. DE C.V.',
      tradeName: 'ALULIQ',
      state: 'Aguascalientes',
      municipality: 'Aguascalientes',
      lat: 21.794444,
      lon: -102.279167,
      scian: { code: '331310', title: 'Industria básica del aluminio' },
      activityText: 'Fundición de aluminio',
      processes: ['proc.casting'],
      materials: ['mat.aluminum'],
      website: 'https://www.aluliq.example',
      declaredCertifications: ['cert.iso-14001'],
    });
    // DENUE lists the same plant: the importer's merge rule put its row on this listing.
    await stack.db.query(
      `INSERT INTO directory_sources (registry, source_id, profile_id, plant_id, content_hash, facts, merge, first_seen_at, last_changed_at)
       SELECT 'DENUE', '4409374', profile_id, plant_id, 'fixture-denue', facts, $2, now(), now() FROM directory_sources WHERE registry = 'RETC' AND source_id = $1`,
      ['ALU0100100034', JSON.stringify({ withRegistry: 'RETC', withSourceId: 'ALU0100100034', nameSimilarity: 0.82, distanceMeters: 120 })],
    );
    // Another supplier claimed it first, by an RFC the listing does not carry: the admin sees both claims.
    const rival = await stack.factory.organization({ name: 'Fundidora Rival', kind: 'supplier', country: 'MX', language: 'es' });
    const rivalOwner = await stack.factory.user(rival.id, { name: 'Rodrigo Rival', language: 'es' });
    const { accessToken: rivalToken } = await stack.http.signIn(rivalOwner.email, rivalOwner.password);
    expect((await stack.http.call('POST', `/api/v1/suppliers/${listing.supplierId}/claims`, { token: rivalToken, body: { evidence: 'rfc', rfc: 'SYX100515QR5' } })).status).toBe(201);

    const organization = await stack.factory.organization({ name: 'Aluliq Planta Ags', kind: 'supplier', country: 'MX', language: 'es' });
    const owner = await stack.factory.user(organization.id, { name: 'Mariana Aluliq', language: 'es', email: 'mariana@aluliq-mx.example' });
    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const page = await phone.newPage();
    // From the landing page, signed out: the directory is public.
    await page.goto(`${stack.http.base}/`);
    await page.getByRole('link', { name: 'Buscar en el directorio' }).click();
    await page.getByRole('heading', { name: 'Encuentra tu planta', level: 1 }).waitFor();
    // Nothing found says so, in Spanish.
    await page.getByLabel(/^Nombre, RFC o municipio/).fill('xyzzy plastics');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.getByText('Ninguna planta coincide con «xyzzy plastics» con estos filtros.').waitFor();
    // The state filter narrows it.
    await page.getByLabel(/^Nombre, RFC o municipio/).fill('aluliq');
    await page.getByRole('combobox', { name: 'Estado' }).click();
    await page.getByRole('option', { name: 'Aguascalientes' }).click();
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    const results = page.getByTestId('directory-results');
    const result = results.getByRole('listitem').filter({ hasText: 'ALULIQ' });
    await result.getByText('Sin reclamar').waitFor();
    await result.getByText('SCIAN 331310: Industria básica del aluminio').waitFor();
    await result.getByText(/Fuentes: RETC ALU0100100034, DENUE 4409374/).waitFor();
    expect(page.url()).toContain('q=aluliq');
    await check(page, 'directory-es', shots);

    await result.getByRole('link', { name: 'ALULIQ' }).click();
    await page.getByRole('heading', { name: 'ALULIQ', level: 1 }).waitFor();
    await page.getByTestId('listing-claimed').getByText('Listado sin reclamar').waitFor();
    const panel = page.getByTestId('listing-panel');
    await panel.getByText('Del registro RETC ALU0100100034').waitFor();
    await panel.getByText(/^Unido con RETC ALU0100100034: nombres 82\s?% parecidos, a 120 m$/).waitFor();
    await panel.getByText('Fundición de aluminio').waitFor();
    await panel.getByText('ISO 14001 (no verificada)').waitFor();
    expect(await page.getByText('del registro', { exact: true }).count()).toBeGreaterThan(3);
    await check(page, 'listing-unclaimed-es', shots);

    // "Esta es mi empresa", signed out: sign in, then straight to the claim form.
    await panel.getByRole('link', { name: 'Esta es mi empresa' }).click();
    await page.getByLabel(/^Correo electrónico/).fill(owner.email);
    await page.getByLabel(/^Contraseña/).fill(owner.password);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('heading', { name: 'Reclamar ALULIQ', level: 1 }).waitFor();
    // Her e-mail's domain is not the listing's website: said before she sends anything.
    await page.getByRole('radio', { name: /^El dominio de mi correo/ }).check();
    const domains = page.getByTestId('claim-domains');
    await domains.getByText('aluliq-mx.example').waitFor();
    await domains.getByText('aluliq.example', { exact: true }).waitFor();
    await domains.getByText(/^No coinciden/).waitFor();
    await check(page, 'claim-domain-mismatch-es', shots);
    // An RFC with an impossible date (13th month): refused by the API, under the field, in Spanish.
    await page.getByRole('radio', { name: /^El RFC de la empresa/ }).check();
    await page.getByLabel(/^RFC/).fill('SYX101315QR5');
    await page.getByRole('button', { name: 'Enviar la reclamación' }).click();
    await page.locator('.mantine-InputWrapper-error').getByText('contiene una fecha que no existe').waitFor();
    // A document instead: the constancia, uploaded with the editor's progress bar.
    await page.getByRole('radio', { name: /^Un documento/ }).check();
    await page.getByRole('button', { name: 'Enviar la reclamación' }).click();
    await page.getByText('Primero sube el documento.').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'constancia-aluliq.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1') });
    await page.getByRole('button', { name: 'Subir' }).click();
    await page.getByText('Adjunto: constancia-aluliq.pdf').waitFor();
    await page.getByLabel(/^Nota para la persona administradora/).fill('Somos la planta del Parque Industrial Altec.');
    await check(page, 'claim-document-es', shots);
    await page.getByRole('button', { name: 'Enviar la reclamación' }).click();
    await page.getByTestId('claim-pending').getByText('Reclamación enviada: en espera de revisión').waitFor();
    await check(page, 'claim-pending-es', shots);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // An admin at a desk: the claim in the queue, the listing beside the claimant, the competing claim, the document.
    const admin = await stack.factory.user((await stack.factory.platformOrganization()).id, { name: 'Clara Claims' });
    const desk = await newContext(browser);
    const adminPage = await desk.newPage();
    await adminPage.goto(`${stack.http.base}/sign-in?next=/admin/reviews`);
    await adminPage.getByLabel(/^E-mail/).fill(admin.email);
    await adminPage.getByLabel(/^Password/).fill(admin.password);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    await adminPage.getByRole('combobox', { name: 'Kind' }).click();
    await adminPage.getByRole('option', { name: 'Listing claim' }).click();
    const queue = adminPage.getByTestId('review-queue');
    await queue.getByRole('row').filter({ hasText: 'Aluliq Planta Ags' }).getByText('Listing claim').waitFor();
    await adminPage.getByRole('link', { name: 'Aluliq Planta Ags' }).click();
    await adminPage.getByRole('heading', { name: 'Claim by Aluliq Planta Ags', level: 1 }).waitFor();
    const comparison = adminPage.getByTestId('review-comparison');
    await comparison.getByRole('rowheader', { name: /^Competing claim 1/ }).waitFor();
    await comparison.getByText('Fundidora Rival').waitFor();
    await comparison.getByText(/^RFC · SYX100515QR5 · sent /).waitFor();
    await comparison.getByText('Somos la planta del Parque Industrial Altec.').waitFor();
    const [evidence] = await Promise.all([adminPage.waitForEvent('download'), comparison.getByRole('button', { name: 'Download constancia-aluliq.pdf' }).click()]);
    expect(evidence.suggestedFilename()).toBe('constancia-aluliq.pdf');
    expect((await readFile((await evidence.path())!)).toString('latin1')).toMatch(/^%PDF-1\.7/);
    expect(await adminPage.getByRole('button', { name: 'Request changes' }).count()).toBe(0);
    await check(adminPage, 'admin-review-claim', shots);
    await adminPage.getByRole('button', { name: 'Approve' }).click();
    await adminPage.getByTestId('review-decision').waitFor();
    await desk.close();

    // Back to her: the claim is approved and the listing is her profile; she adds an English description and submits it.
    await page.getByRole('link', { name: 'Ver tus reclamaciones' }).click();
    await page.getByRole('heading', { name: 'Perfil de proveedor', level: 1 }).waitFor();
    const claims = page.getByRole('region', { name: 'Tus reclamaciones' });
    await claims.getByRole('listitem').filter({ hasText: 'ALULIQ' }).getByTestId('claim-state').getByText('Aprobada').waitFor();
    await page.getByTestId('profile-state').getByText('Publicado').waitFor();
    const capabilities = page.getByRole('region', { name: 'Capacidades', exact: true });
    expect(await capabilities.getByLabel(/^Descripción en español/).inputValue()).toBe('Fundición de aluminio');
    await capabilities.getByLabel(/^Descripción en inglés/).fill('Aluminium casting for automotive parts, from ingots to machined castings.');
    await capabilities.getByRole('button', { name: 'Guardar' }).click();
    await capabilities.getByText('Guardado').waitFor();
    // The registry gave no RFC, and a profile is submitted with one.
    const company = page.getByRole('region', { name: 'Empresa', exact: true });
    expect(await company.getByLabel(/^Razón social/).inputValue()).toBe('ALULIQ S. DE R.L. DE C.V.');
    await company.getByLabel(/^RFC$/).fill('ALI100515QR8');
    await company.getByRole('button', { name: 'Guardar' }).click();
    await company.getByText('Guardado').waitFor();
    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await page.getByTestId('profile-state').getByText('En revisión').waitFor();
    await check(page, 'supplier-profile-claimed-es', shots);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();

    // The rival's claim was rejected as a duplicate, and anyone now reads the listing as claimed.
    const [rivalClaim] = (await stack.http.call('GET', '/api/v1/supplier-claims', { token: rivalToken })).body.data;
    expect([rivalClaim.state, rivalClaim.decision.reasonCode]).toEqual(['rejected', 'duplicate_listing']);
    // Her revision approved (through the API this time), the description she wrote is marked as the company's.
    const [revision] = await stack.db.query(`SELECT id FROM review_items WHERE kind = 'supplier_profile' AND subject_id = $1 AND state = 'open'`, [listing.supplierId]);
    const { accessToken: adminToken } = await stack.http.signIn(admin.email, admin.password);
    expect((await stack.http.call('POST', `/api/v1/admin/reviews/${revision.id}/approve`, { token: adminToken, body: {} })).status).toBe(200);
    const visitor = await newContext(browser);
    const reader = await visitor.newPage();
    await reader.goto(`${stack.http.base}/suppliers/${listing.supplierId}`);
    await reader.getByRole('heading', { name: 'ALULIQ', level: 1 }).waitFor();
    await reader.getByTestId('listing-claimed').getByText('Claimed', { exact: true }).waitFor();
    const about = reader.getByRole('region', { name: /^About/ });
    await about.getByText('Aluminium casting for automotive parts, from ingots to machined castings.').waitFor();
    await about.getByText('from the company', { exact: true }).waitFor();
    await reader.getByRole('region', { name: /^Capabilities/ }).getByText('from the registry', { exact: true }).first().waitFor();
    expect(await reader.getByRole('link', { name: 'This is my company' }).count()).toBe(0);
    await check(reader, 'listing-claimed-en', shots);
    await visitor.close();
  });

  it('anyone pages through the directory in English; a buyer is told only suppliers claim a listing; a supplier reads and withdraws her claims', async () => {
    // 22 plants of one name: a page of 20, then the rest with the cursor.
    const listings: Array<Awaited<ReturnType<typeof insertDirectoryListing>>> = [];
    for (let n = 1; n <= 22; n++) {
      listings.push(
        await insertDirectoryListing(stack.db, {
          registry: 'DENUE',
          sourceId: `77000${String(n).padStart(2, '0')}`,
          legalName: `Troqueles Regiomontanos ${n} SA de CV`,
          tradeName: `Troqueles Regiomontanos ${n}`,
          state: 'Nuevo León',
          municipality: 'Apodaca',
          scian: { code: '332110', title: 'Fabricación de productos forjados y troquelados' },
          activityText: 'Troquelado de lámina',
        }),
      );
    }
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.http.base}/directory?q=troqueles%20regiomontanos`);
    await page.getByRole('heading', { name: 'Find your plant', level: 1 }).waitFor();
    const results = page.getByTestId('directory-results');
    await page.getByText('20 plants shown.').waitFor();
    expect(await results.getByRole('listitem').count()).toBe(20);
    await check(page, 'directory-en', shots);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('22 plants shown.').waitFor();
    await page.getByText('No more plants.').waitFor();

    const buyer = await stack.factory.user((await stack.factory.organization({ name: 'Prairie Presses Inc', kind: 'buyer', country: 'US' })).id, { name: 'Bea Buyer' });
    await page.goto(`${stack.http.base}/sign-in?next=/suppliers/${listings[0].supplierId}`);
    await page.getByLabel(/^E-mail/).fill(buyer.email);
    await page.getByLabel(/^Password/).fill(buyer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Troqueles Regiomontanos 1', level: 1 }).waitFor();
    await page.getByTestId('listing-claimed').getByText('Unclaimed listing').waitFor();
    await page.getByRole('button', { name: 'This is my company' }).click();
    await page.getByText('Only suppliers can claim a listing').waitFor();
    await check(page, 'listing-buyer-en', shots);
    await context.close();

    // A supplier's claims on her profile: one rejected (the admin's reason in her language), one she withdraws.
    const supplierOrg = await stack.factory.organization({ name: 'Presas del Norte', kind: 'supplier', country: 'MX' });
    const supplier = await stack.factory.user(supplierOrg.id, { name: 'Paula Presas' });
    const { accessToken: supplierToken } = await stack.http.signIn(supplier.email, supplier.password);
    const claimOn = async (index: number) =>
      (await stack.http.call('POST', `/api/v1/suppliers/${listings[index].supplierId}/claims`, { token: supplierToken, body: { evidence: 'rfc', rfc: 'ALI100515QR8' } })).body;
    const rejected = await claimOn(1);
    await claimOn(2);
    const admin = await stack.factory.user((await stack.factory.platformOrganization()).id, { name: 'Rex Reviewer' });
    const { accessToken: adminToken } = await stack.http.signIn(admin.email, admin.password);
    const [item] = await stack.db.query(`SELECT id FROM review_items WHERE kind = 'listing_claim' AND subject_id = $1`, [rejected.id]);
    const reasons = (await stack.http.call('GET', '/api/v1/admin/reviews/reasons', { token: adminToken })).body.data;
    const reject = await stack.http.call('POST', `/api/v1/admin/reviews/${item.id}/reject`, { token: adminToken, body: { reasonCode: 'unverifiable_rfc', note: 'Send the constancia instead.' } });
    expect(reject.status).toBe(200);
    const desk = await newContext(browser);
    const own = await desk.newPage();
    await own.goto(`${stack.http.base}/sign-in?next=/supplier-profile`);
    await own.getByLabel(/^E-mail/).fill(supplier.email);
    await own.getByLabel(/^Password/).fill(supplier.password);
    await own.getByRole('button', { name: 'Sign in' }).click();
    const claims = own.getByRole('region', { name: 'Your claims' });
    const rejectedRow = claims.getByRole('listitem').filter({ hasText: 'Troqueles Regiomontanos 2' });
    await rejectedRow.getByTestId('claim-state').getByText('Rejected').waitFor();
    await rejectedRow.getByText(`Reason: ${reasons.find((reason: { code: string }) => reason.code === 'unverifiable_rfc').en}`).waitFor();
    await rejectedRow.getByText("Admin's note: Send the constancia instead.").waitFor();
    const pendingRow = claims.getByRole('listitem').filter({ hasText: 'Troqueles Regiomontanos 3' });
    await pendingRow.getByTestId('claim-state').getByText('Pending review').waitFor();
    await check(own, 'supplier-claims-en', shots);
    await pendingRow.getByRole('button', { name: 'Withdraw the claim on Troqueles Regiomontanos 3' }).click();
    await pendingRow.getByTestId('claim-state').getByText('Withdrawn').waitFor();
    await desk.close();
  });

  it('an English buyer finds a Spanish-described plant by an English phrase and a ZIP, reads why, opens it; the same in Spanish on a phone', async () => {
    // A RETC plant that describes itself only in Spanish: nothing in its text says "die casting" or "housings".
    const listing = await insertDirectoryListing(stack.db, {
      registry: 'RETC',
      sourceId: 'NLE0190500077',
      legalName: 'FUNDICIONES APODACA SA DE CV',
      tradeName: 'Fundiciones Apodaca',
      state: 'Nuevo León',
      municipality: 'Apodaca',
      scian: { code: '331520', title: 'Moldeo por fundición de piezas metálicas no ferrosas' },
      activityText: 'Fundición a presión de aluminio: carcasas y soportes para la industria automotriz',
      processes: ['proc.casting.die-casting'],
      materials: ['mat.aluminum'],
    });
    // The factory writes rows as an import would, without its change topic: `npm run search:reindex`'s path indexes it.
    await reindexAll(stack.db, new PostgresSearchEngine(stack.db));

    // At a desk, in English: from the landing page's search box to the results, then the ZIP.
    const desk = await newContext(browser);
    const page = await desk.newPage();
    await page.goto(`${stack.http.base}/`);
    await page.getByRole('search', { name: 'What do you need made?' }).getByLabel('What do you need made?').fill('aluminum die casting');
    await page.getByRole('button', { name: 'Find suppliers' }).click();
    await page.getByRole('heading', { name: 'Find suppliers in Mexico', level: 1 }).waitFor();
    const form = page.getByRole('search', { name: 'Supplier search' });
    await form.getByLabel(/^Your US ZIP code/).fill('75201');
    await form.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/search\?q=aluminum\+die\+casting&zip=75201$/);
    const hit = page.getByTestId('search-hit').filter({ hasText: 'Fundiciones Apodaca' });
    await hit.waitFor();
    // How the words were read, and why this plant: the document's Spanish term = the reader's name, the transit.
    await page.getByTestId('search-understood').getByText('“die casting” = Die casting').waitFor();
    await hit.getByTestId('chip-concept').filter({ hasText: 'Die casting' }).first().waitFor();
    await hit.getByTestId('chip-transit').getByText(/^[A-Z][\w .]+, [\d.]+ days to 75201 \([\d,]+ km by road\)$/).waitFor();
    await hit.getByTestId('hit-sources').getByText('Public registry records: RETC NLE0190500077').waitFor();
    await hit.getByTestId('listing-claimed').getByText('Unclaimed').waitFor();
    await page.getByRole('img', { name: /^Map of Mexico and the US border with \d+ suppliers?\. .*Fundiciones Apodaca in Apodaca/ }).waitFor();
    await hit.getByRole('button', { name: 'How the score adds up' }).click();
    // Every component the API scored, each named in English with its weight.
    const answer = (await stack.http.call('GET', '/api/v1/suppliers/search?q=aluminum%20die%20casting&zip=75201')).body;
    const scored = answer.items.find((item: { id: string }) => item.id === listing.supplierId).explanation.components as Array<{ name: string; weight: number }>;
    const breakdown = hit.getByTestId('score-breakdown');
    await breakdown.getByRole('cell', { name: 'Processes, materials and industries' }).waitFor();
    expect(await breakdown.locator('tbody tr').count()).toBe(scored.length);
    expect(await breakdown.locator('tbody tr td:first-child').allTextContents()).not.toContain(scored[0].name);
    await check(page, 'search-en', shots);
    await hit.getByRole('link', { name: 'Fundiciones Apodaca' }).click();
    await page.getByRole('heading', { name: 'Fundiciones Apodaca', level: 1 }).waitFor();
    expect(page.url()).toBe(`${stack.http.base}/suppliers/${listing.supplierId}`);
    await check(page, 'search-profile-en', shots);
    // Back returns to the same search, from the address.
    await page.goBack();
    await hit.waitFor();
    expect(await page.getByRole('search', { name: 'Supplier search' }).getByLabel(/^Your US ZIP code/).inputValue()).toBe('75201');
    await desk.close();

    // On a Spanish phone: the same plant, found with its own Spanish words, explained in Spanish.
    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const mobile = await phone.newPage();
    await mobile.goto(`${stack.http.base}/`);
    await mobile.getByRole('searchbox', { name: '¿Qué necesitas fabricar?' }).fill('fundición a presión de aluminio');
    await mobile.getByRole('button', { name: 'Buscar proveedores' }).click();
    await mobile.getByRole('heading', { name: 'Encuentra proveedores en México', level: 1 }).waitFor();
    await mobile.getByLabel(/^Tu código postal \(ZIP\) de EE\. UU\./).fill('78041');
    await mobile.getByRole('button', { name: 'Buscar', exact: true }).click();
    const resultado = mobile.getByTestId('search-hit').filter({ hasText: 'Fundiciones Apodaca' });
    await resultado.waitFor();
    await resultado.getByTestId('chip-concept').filter({ hasText: 'Fundición a presión' }).first().waitFor();
    await resultado.getByTestId('chip-transit').getByText(/^[A-Z][\w .]+, [\d.,]+ días a 78041 \([\d,.]+ km por carretera\)$/).waitFor();
    await resultado.getByTestId('listing-claimed').getByText('Sin reclamar').waitFor();
    await mobile.getByRole('img', { name: /^Mapa de México y la frontera con EE\. UU\. con \d+ proveedor/ }).waitFor();
    await resultado.getByRole('button', { name: 'Cómo se suma la puntuación' }).click();
    await resultado.getByTestId('score-breakdown').getByRole('cell', { name: 'Procesos, materiales e industrias' }).waitFor();
    await check(mobile, 'search-es', shots);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await resultado.getByRole('link', { name: 'Fundiciones Apodaca' }).click();
    await mobile.getByRole('heading', { name: 'Fundiciones Apodaca', level: 1 }).waitFor();
    await check(mobile, 'search-profile-es', shots);

    // A ZIP the catalog lacks: the API's error, in Spanish, naming the field.
    await mobile.goto(`${stack.http.base}/search?q=aluminio&zip=00000`);
    await mobile.getByRole('alert').getByText('zip: no se encontró').waitFor();
    await check(mobile, 'search-error-es', shots);
    await phone.close();
  });

  it('works on a phone: the key screens at 390x844', async () => {
    const user = await stack.factory.user((await stack.factory.organization({ name: 'Maquinados del Norte', kind: 'supplier', country: 'MX', language: 'es' })).id, {
      name: 'Sofía Proveedora',
      language: 'es',
    });
    const context = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const page = await context.newPage();
    await page.goto(`${stack.http.base}/`);
    await check(page, 'landing-es', shots);
    // Public reference page, reached from the landing page: what a plant's Spanish description maps to.
    await page.getByRole('link', { name: 'Explorar capacidades' }).click();
    await page.getByRole('heading', { name: 'Capacidades', level: 1 }).waitFor();
    await page.getByLabel(/^Texto a revisar/).fill('Maquinado CNC de piezas de aluminio');
    await page.getByRole('button', { name: 'Revisar texto' }).click();
    await page.getByText('Maquinado CNC', { exact: false }).first().waitFor();
    // Families start collapsed; opening one lists its processes.
    await page.getByRole('button', { name: /^Maquinado\s+\d+ procesos/ }).click();
    await page.getByRole('region', { name: /^Maquinado\s+\d+ procesos/ }).getByText('Maquinado CNC', { exact: true }).waitFor();
    await check(page, 'capabilities-es', shots);
    // The search box suggests as the plant types, without accents, and says why each entry matched.
    await page.getByLabel(/^Busca en el vocabulario/).fill('inyeccion');
    const suggestions = page.getByRole('list', { name: 'Sugerencias' });
    await suggestions.getByText('Inyección de plástico', { exact: true }).waitFor();
    await suggestions.getByText('Es el inicio del nombre «Inyección de plástico» (Español)').waitFor();
    await check(page, 'capabilities-search-es', shots);
    // From the capabilities page to the transit estimate: a plant in Apodaca shipping to Dallas.
    await page.getByRole('link', { name: /^Estima el tránsito/ }).click();
    await page.getByRole('heading', { name: 'Tránsito a EE. UU.', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: /^Ubicación de la planta en México/ }).fill('Apodaca');
    await page.getByRole('option', { name: 'Ciudad Apodaca, Apodaca, Nuevo León' }).click();
    // A ZIP that does not exist: the error is in Spanish, detail included (the API words details in English).
    await page.getByLabel(/^Código postal \(ZIP\) de EE\. UU\./).fill('00000');
    await page.getByRole('button', { name: 'Estimar tránsito' }).click();
    await page.getByRole('alert').getByText('zip: no se encontró').waitFor();
    await page.getByLabel(/^Código postal \(ZIP\) de EE\. UU\./).fill('75201');
    await page.getByRole('button', { name: 'Estimar tránsito' }).click();
    await page.getByText(/^Mejor cruce: Laredo \(Texas\), [\d,.]+ km, unos [\d.,]+ días en camión\.$/).waitFor();
    await page.getByRole('rowheader', { name: 'Laredo, Texas' }).waitFor();
    await check(page, 'transit-es', shots);
    await page.goto(`${stack.http.base}/reset-password`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await check(page, 'reset-password-es', shots);
    await page.goto(`${stack.http.base}/sign-in`);
    await page.getByLabel(/^Correo electrónico/).fill(user.email);
    await page.getByLabel(/^Contraseña/).fill(user.password);
    await check(page, 'sign-in-es', shots);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('heading', { name: 'Hola, Sofía Proveedora' }).waitFor();
    await check(page, 'home-es', shots);
    for (const [path, name] of [
      ['/team', 'team-es'],
      ['/notifications', 'notifications-empty-es'],
      ['/profile', 'profile-es'],
    ]) {
      await page.goto(`${stack.http.base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(page, name, shots);
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
