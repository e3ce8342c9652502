import type { Page } from 'playwright-core';

/** Signs in through the sign-in page (English or Spanish) and waits for the home page's greeting. */
export async function signInThroughBrowser(page: Page, base: string, email: string, password: string, greeting: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(/^(E-mail|Correo electrónico)/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Iniciar sesión)$/ }).click();
  await page.getByRole('heading', { name: greeting }).waitFor();
}
