import type { FieldErrors, FieldValues } from 'react-hook-form';

/** Dotted names of every field that has an error: `difficultyMultipliers.3`, `companyName`. */
export function errorPaths<T extends FieldValues>(errors: FieldErrors<T>, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'root') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if ('type' in value && typeof (value as { type: unknown }).type === 'string') paths.push(path);
    else paths.push(...errorPaths(value as FieldErrors<T>, path));
  }
  return paths;
}
