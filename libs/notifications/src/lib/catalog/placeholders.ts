const PLACEHOLDER = /\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/** The parameter names a template refers to, in order of appearance (repeats included). */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** True when braces are left once the well-formed placeholders are removed: `{{ name }}`, `{name}}`... */
export function hasMalformedPlaceholder(template: string): boolean {
  return /\{\{|\}\}/.test(template.replace(PLACEHOLDER, ''));
}

/**
 * Replaces every `{{name}}` in one pass, so a value that itself contains `{{...}}` is never
 * expanded again.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for placeholder ${whole}`);
    return value;
  });
}
