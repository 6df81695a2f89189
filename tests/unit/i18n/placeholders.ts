/** The `{name}` placeholders in a message, each once, as @wxt-dev/i18n and our translator read them. */
export function getNamedSubstitutionNames(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(/\{([A-Za-z0-9_]+)\}/g), ([, name]) => name!))];
}
