import { emailFooter } from './email-footer';
import { buttonHtml, emailDocument, paragraphHtml } from './email-html';
import { formatParam } from './format-param';
import { hasNotificationPreferences, type AnyNotificationType } from './notification-type';
import { fillPlaceholders } from './placeholders';
import { readParams } from './read-params';
import { checkRenderContext, webUrl, type RenderContext } from './render-context';

export interface RenderedNotification {
  email: { subject: string; text: string; html: string };
  inApp: { title: string; body: string };
  /** Absolute URL. */
  link: string;
}

/**
 * Renders one notification for one recipient, for every channel at once (delivery picks what it
 * sends). Throws a `NotificationParamError` naming the param when one is missing or malformed.
 */
export function renderNotification(type: AnyNotificationType, params: Record<string, unknown>, context: RenderContext): RenderedNotification {
  checkRenderContext(context);
  const values = readParams(type, params);
  const { language, timeZone } = context;

  const display: Record<string, string> = {};
  for (const [name, kind] of Object.entries(type.params)) {
    const value = values[name] as string | number;
    const label = type.labels?.[name]?.[value as string];
    display[name] = label ? label[language] : formatParam(kind, value, language, timeZone);
  }

  const copy = type.copy[language];
  const fill = (template: string): string => fillPlaceholders(template, display);
  const subject = fill(copy.subject);
  const greeting = copy.greeting === undefined ? undefined : fill(copy.greeting);
  const paragraphs = copy.body.map(fill);
  const action = fill(copy.action);
  const link = resolveLink(type, values, context.publicWebUrl);
  const footer = emailFooter(language, context.publicWebUrl, hasNotificationPreferences(type));
  const emailParagraphs = greeting === undefined ? paragraphs : [greeting, ...paragraphs];

  return {
    email: {
      subject,
      text: [...emailParagraphs, `${action}: ${link}`, footer.text].join('\n\n'),
      html: emailDocument({
        language,
        title: subject,
        contentHtml: [...emailParagraphs.map(paragraphHtml), buttonHtml(action, link)].join('\n'),
        footerHtml: footer.html,
      }),
    },
    inApp: { title: fill(copy.title), body: paragraphs.join('\n\n') },
    link,
  };
}

/**
 * A url param is used as given (it was checked to be absolute http(s)); a path gets its params
 * raw and URL-encoded (not formatted for reading) and is joined to the web app's URL.
 */
function resolveLink(type: AnyNotificationType, values: Record<string, unknown>, publicWebUrl: string): string {
  const whole = /^\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}$/.exec(type.link);
  if (whole) return values[whole[1] as string] as string;
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') raw[name] = encodeURIComponent(String(value));
  }
  return webUrl(publicWebUrl, fillPlaceholders(type.link, raw));
}
