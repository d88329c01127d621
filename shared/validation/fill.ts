/** `{name}` placeholders of a catalogue text filled from vars; an unknown name stays as written. */
export function fill(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}
