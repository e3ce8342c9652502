import type { Language } from '@puente/platform';
import { escapeHtml } from './escape-html';

// Inline styles only: most mail clients drop <style> blocks and never load external CSS.
const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1c1917';

export function paragraphHtml(text: string): string {
  return `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
}

export function buttonHtml(label: string, href: string): string {
  return `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${escapeHtml(label)}</a></p>`;
}

/**
 * A complete, self-contained HTML document. `contentHtml` and `footerHtml` must already be
 * escaped (built with the helpers above); only `title` is escaped here.
 */
export function emailDocument(parts: { language: Language; title: string; contentHtml: string; footerHtml: string }): string {
  return `<!doctype html>
<html lang="${parts.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(parts.title)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f4">
<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;${FONT}">
${parts.contentHtml}
<hr style="border:none;border-top:1px solid #e7e5e4;margin:24px 0">
<p style="margin:0;font-size:13px;color:#78716c">${parts.footerHtml}</p>
</div>
</body>
</html>`;
}
