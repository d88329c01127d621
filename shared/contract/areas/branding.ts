import * as z from 'zod';
import { command, query } from '../define';
import { ADMIN, ANY_ROLE } from '../roles';
import { isoDateTime, noArgs } from '../common';

/** The largest logo we take: a print-quality logo fits easily, a photo album does not. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** The largest house-style template (.docx) we take. */
export const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;

/**
 * Default fonts. East Asian: Microsoft YaHei (微软雅黑) ships with Windows since Vista and with
 * Office for Mac; on Linux, fonts-noto-cjk aliases it to Noto Sans CJK SC (fc-match "Microsoft
 * YaHei"), so LibreOffice renders it too. Latin: Arial (Liberation Sans on Linux, same metrics).
 */
export const DEFAULT_LATIN_FONT = 'Arial';
export const DEFAULT_EAST_ASIA_FONT = 'Microsoft YaHei';
export const DEFAULT_PRIMARY_COLOR = '#1F4E79';

/** A file as base64, capped at its size limit with a message that says the limit (not zod's character count). */
export const base64Of = (maxBytes: number) =>
  z.base64().refine((s) => s.length <= Math.ceil(maxBytes / 3) * 4 + 4, {
    params: { key: 'file.too_large', maxMb: maxBytes / 1024 / 1024 },
    abort: true,
  });
/** A font family name as Word's font box takes it: letters, digits, spaces, CJK, a few marks. */
const fontName = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N} ._-]+$/u);

/** What the settings form edits. */
export const brandingSchema = z.strictObject({
  primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  latinFont: fontName,
  eastAsiaFont: fontName,
  /** Use the uploaded .docx template's styles.xml instead of our own styles. */
  useTemplateStyles: z.boolean(),
});
export type Branding = z.infer<typeof brandingSchema>;

export const storedLogoSchema = z.strictObject({
  fileName: z.string(),
  mimeType: z.enum(LOGO_MIME_TYPES),
  /** Pixels, read from the file itself. */
  width: z.int().positive(),
  height: z.int().positive(),
  size: z.int().nonnegative(),
  bytesBase64: z.string(),
});
export type StoredLogo = z.infer<typeof storedLogoSchema>;

export const storedTemplateSchema = z.strictObject({
  fileName: z.string(),
  size: z.int().nonnegative(),
});

export const storedBrandingSchema = brandingSchema.extend({
  logo: storedLogoSchema.nullable(),
  template: storedTemplateSchema.nullable(),
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
});
export type StoredBranding = z.infer<typeof storedBrandingSchema>;

const uploadName = z.string().trim().min(1).max(200);

export const brandingContract = {
  'branding.get': query(ANY_ROLE, noArgs, storedBrandingSchema),
  'branding.update': command(ADMIN, brandingSchema, storedBrandingSchema),
  /** A PNG or JPEG (checked by its bytes, ≤ 2 MB); null removes the logo. Separate from update: it is large. */
  'branding.setLogo': command(
    ADMIN,
    z.strictObject({
      logo: z.strictObject({ fileName: uploadName, bytesBase64: base64Of(LOGO_MAX_BYTES) }).nullable(),
    }),
    storedBrandingSchema,
  ),
  /** A .docx whose word/styles.xml becomes the documents' styles (≤ 5 MB); null removes it. */
  'branding.setTemplate': command(
    ADMIN,
    z.strictObject({
      template: z.strictObject({ fileName: uploadName, bytesBase64: base64Of(TEMPLATE_MAX_BYTES) }).nullable(),
    }),
    storedBrandingSchema,
  ),
};
