import type { Language } from '@puente/platform';
import { escapeHtml } from './escape-html';
import { webUrl } from './render-context';

const ABOUT: Record<Language, string> = {
  en: 'Puente connects US buyers with Mexican manufacturers. If you did not expect this message, you can ignore it.',
  es: 'Puente conecta a compradores de EE. UU. con fabricantes mexicanos. Si no esperabas este mensaje, puedes ignorarlo.',
};

const PREFERENCES: Record<Language, string> = {
  en: 'To choose which notifications you receive and how, go to',
  es: 'Para elegir qué notificaciones recibes y cómo, ve a',
};

export interface EmailFooter {
  text: string;
  html: string;
}

/** The closing lines of every e-mail; the preferences line only where the recipient has preferences. */
export function emailFooter(language: Language, publicWebUrl: string, withPreferences: boolean): EmailFooter {
  const lines = [ABOUT[language]];
  const htmlLines = [escapeHtml(ABOUT[language])];
  if (withPreferences) {
    const url = webUrl(publicWebUrl, '/notifications');
    lines.push(`${PREFERENCES[language]} ${url}`);
    htmlLines.push(`${escapeHtml(PREFERENCES[language])} <a href="${escapeHtml(url)}" style="color:#57534e">${escapeHtml(url)}</a>`);
  }
  return { text: lines.join('\n'), html: htmlLines.join('<br>') };
}
