import type { Language } from '@puente/platform';
import { emailFooter } from './email-footer';
import { emailDocument, paragraphHtml } from './email-html';
import { escapeHtml } from './escape-html';
import { formatDateTime } from './format-date';
import { isIsoTimestamp } from './iso-date';
import { checkRenderContext, webUrl, type RenderContext } from './render-context';

/** One in-app notification, already rendered in the recipient's language, to list in a digest. */
export interface DigestItem {
  title: string;
  body: string;
  /** Absolute URL, or a path joined to the web app's URL. */
  link: string;
  /** ISO 8601 timestamp with offset. */
  createdAt: string;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
}

const WORDS: Record<
  Language,
  { subject: (count: number) => string; greeting: (name: string) => string; intro: string; open: string }
> = {
  en: {
    subject: (count) => `Your Puente summary: ${count} ${count === 1 ? 'update' : 'updates'}`,
    greeting: (name) => `Hello ${name},`,
    intro: 'Here is what happened on Puente since your last summary.',
    open: 'Open',
  },
  es: {
    subject: (count) => `Tu resumen de Puente: ${count} ${count === 1 ? 'novedad' : 'novedades'}`,
    greeting: (name) => `Hola, ${name}:`,
    intro: 'Esto es lo que pasó en Puente desde tu último resumen.',
    open: 'Abrir',
  },
};

/**
 * One e-mail listing the notifications a recipient chose to receive as a digest, newest first,
 * each stamped in their zone. An empty digest is refused: there is nothing to send.
 */
export function renderDigest(items: DigestItem[], context: RenderContext & { name: string }): RenderedDigest {
  checkRenderContext(context);
  if (items.length === 0) throw new Error('renderDigest needs at least one item');
  for (const [index, item] of items.entries()) {
    if (!isIsoTimestamp(item.createdAt)) throw new Error(`digest item ${index}: createdAt must be an ISO 8601 timestamp with offset, got "${item.createdAt}"`);
    // The link becomes an href: only our paths and web URLs, never javascript: or the like.
    if (!/^(\/(?!\/)|https?:\/\/)/.test(item.link)) throw new Error(`digest item ${index}: link must be a path or an http(s) URL, got "${item.link}"`);
  }
  const { language, timeZone, publicWebUrl } = context;
  const words = WORDS[language];
  const subject = words.subject(items.length);
  const greeting = words.greeting(context.name);
  const listed = [...items]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .map((item) => ({
      ...item,
      when: formatDateTime(item.createdAt, language, timeZone),
      link: item.link.startsWith('/') ? webUrl(publicWebUrl, item.link) : item.link,
    }));
  // Digests exist only for recipients who chose them, so the way to change that is always shown.
  const footer = emailFooter(language, publicWebUrl, true);

  const text = [
    greeting,
    words.intro,
    ...listed.map((item) => [`${item.title} (${item.when})`, item.body, `${words.open}: ${item.link}`].join('\n')),
    footer.text,
  ].join('\n\n');

  const itemsHtml = listed
    .map(
      (item) => `<div style="margin:0 0 20px;padding:0 0 0 12px;border-left:3px solid #0f766e">
<p style="margin:0;font-weight:bold"><a href="${escapeHtml(item.link)}" style="color:#0f766e">${escapeHtml(item.title)}</a></p>
<p style="margin:0 0 4px;font-size:13px;color:#78716c">${escapeHtml(item.when)}</p>
<p style="margin:0">${escapeHtml(item.body).replace(/\n/g, '<br>')}</p>
</div>`,
    )
    .join('\n');

  const html = emailDocument({
    language,
    title: subject,
    contentHtml: [paragraphHtml(greeting), paragraphHtml(words.intro), itemsHtml].join('\n'),
    footerHtml: footer.html,
  });
  return { subject, text, html };
}
