import type { Language } from '@puente/platform';
import type { NotificationType } from './notification-type';
import { PARAM_KINDS, type ParamKind } from './param-kind';
import { hasMalformedPlaceholder, placeholdersIn } from './placeholders';

const TYPE_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const LANGUAGES: readonly Language[] = ['en', 'es'];
/** Kinds whose raw value can go into a link path (URL-encoded); a formatted date or amount cannot. */
const PATH_KINDS: readonly ParamKind[] = ['text', 'number'];

/** Throws naming the first problem found in a definition. Used by `defineNotificationType`. */
export function checkNotificationType(definition: NotificationType<Record<string, ParamKind>>): void {
  const { type, params } = definition;
  const fail = (problem: string): never => {
    throw new Error(`notification type "${type}": ${problem}`);
  };
  if (typeof type !== 'string' || !TYPE_NAME.test(type)) {
    throw new Error(`notification type "${String(type)}" must be dotted lowercase words, e.g. "team.invitation"`);
  }

  for (const [name, kind] of Object.entries(params)) {
    if (!PARAM_KINDS.includes(kind)) fail(`param "${name}" has unknown kind "${String(kind)}"`);
  }

  if (definition.channels.length === 0) fail('needs at least one channel');
  if (definition.defaultDelivery === 'in_app' && !definition.channels.includes('in_app')) fail('defaultDelivery in_app needs the in_app channel');
  // A digest is an e-mail; the items it lists are the in-app notifications.
  if (definition.defaultDelivery !== 'in_app' && !definition.channels.includes('email')) fail(`defaultDelivery ${definition.defaultDelivery} needs the email channel`);
  if (definition.security && definition.defaultDelivery !== 'email') fail('a security notice is delivered by e-mail immediately: defaultDelivery must be email');

  checkLink(definition, fail);

  for (const language of LANGUAGES) {
    const copy = definition.copy[language];
    if (!copy) fail(`has no ${language} copy`);
    const templates: Array<[string, string | undefined]> = [
      ['subject', copy.subject],
      ['title', copy.title],
      ['greeting', copy.greeting],
      ['action', copy.action],
      ...copy.body.map((paragraph, index): [string, string] => [`body[${index}]`, paragraph]),
    ];
    if (copy.body.length === 0) fail(`${language} body has no paragraph`);
    for (const [field, template] of templates) {
      if (template === undefined) continue;
      if (field !== 'greeting' && template.trim() === '') fail(`${language} ${field} is empty`);
      if (hasMalformedPlaceholder(template)) fail(`${language} ${field} has a malformed placeholder: "${template}"`);
      for (const name of placeholdersIn(template)) {
        if (!(name in params)) fail(`${language} ${field} uses undeclared param {{${name}}}`);
      }
    }
  }

  for (const [name, labels] of Object.entries(definition.labels ?? {})) {
    if (params[name] !== 'text') fail(`labels are for text params; "${name}" is ${params[name] ? params[name] : 'not declared'}`);
    for (const [value, translations] of Object.entries(labels ?? {})) {
      for (const language of LANGUAGES) {
        if (!translations[language]) fail(`label "${value}" of "${name}" has no ${language} text`);
      }
    }
  }
}

function checkLink(definition: NotificationType<Record<string, ParamKind>>, fail: (problem: string) => never): void {
  const { link, params } = definition;
  const whole = /^\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}$/.exec(link);
  if (whole) {
    if (params[whole[1] as string] !== 'url') fail(`link ${link} must name a param of kind url`);
    return;
  }
  // '//host' would be a protocol-relative URL to another site.
  if (!link.startsWith('/') || link.startsWith('//')) fail(`link "${link}" must be a path starting with "/" or a single {{param}} of kind url`);
  if (hasMalformedPlaceholder(link)) fail(`link "${link}" has a malformed placeholder`);
  for (const name of placeholdersIn(link)) {
    const kind = params[name];
    if (!kind) fail(`link uses undeclared param {{${name}}}`);
    if (!PATH_KINDS.includes(kind as ParamKind)) fail(`link path cannot hold {{${name}}} of kind ${String(kind)}`);
  }
}
