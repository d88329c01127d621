import type { Kysely } from 'kysely';
import {
  DEFAULT_EAST_ASIA_FONT,
  DEFAULT_LATIN_FONT,
  DEFAULT_PRIMARY_COLOR,
  type Branding,
  type StoredBranding,
} from '@shared/contract';
import type { Database } from '../db/schema';

export const DEFAULT_BRANDING: Branding = {
  primaryColor: DEFAULT_PRIMARY_COLOR,
  latinFont: DEFAULT_LATIN_FONT,
  eastAsiaFont: DEFAULT_EAST_ASIA_FONT,
  useTemplateStyles: false,
};

/** A validated logo, ready to store (see export/logo.ts). */
export interface LogoFile {
  fileName: string;
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: Uint8Array;
}

export interface TemplateFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Branding with its files as bytes: what the document builders take. */
export interface BrandingAssets extends Branding {
  logo: LogoFile | null;
  template: TemplateFile | null;
}

async function readRow(db: Kysely<Database>) {
  return db
    .selectFrom('branding')
    .leftJoin('users', 'users.id', 'branding.updated_by')
    .selectAll('branding')
    .select('users.name as updated_by_name')
    .where('branding.id', '=', 1)
    .executeTakeFirst();
}

const bytesOf = (blob: Uint8Array) => new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);

export async function readBrandingAssets(db: Kysely<Database>): Promise<BrandingAssets> {
  const row = await readRow(db);
  if (!row) return { ...DEFAULT_BRANDING, logo: null, template: null };
  return {
    primaryColor: row.primary_color,
    latinFont: row.latin_font,
    eastAsiaFont: row.east_asia_font,
    useTemplateStyles: row.use_template_styles === 1,
    logo:
      row.logo && row.logo_mime_type && row.logo_width && row.logo_height
        ? {
            fileName: row.logo_file_name ?? 'logo',
            mimeType: row.logo_mime_type as LogoFile['mimeType'],
            width: row.logo_width,
            height: row.logo_height,
            bytes: bytesOf(row.logo),
          }
        : null,
    template: row.template
      ? { fileName: row.template_file_name ?? 'template.docx', bytes: bytesOf(row.template) }
      : null,
  };
}

export async function readBranding(db: Kysely<Database>): Promise<StoredBranding> {
  const row = await readRow(db);
  const assets = await readBrandingAssets(db);
  return {
    primaryColor: assets.primaryColor,
    latinFont: assets.latinFont,
    eastAsiaFont: assets.eastAsiaFont,
    useTemplateStyles: assets.useTemplateStyles,
    logo: assets.logo
      ? {
          fileName: assets.logo.fileName,
          mimeType: assets.logo.mimeType,
          width: assets.logo.width,
          height: assets.logo.height,
          size: assets.logo.bytes.byteLength,
          bytesBase64: Buffer.from(assets.logo.bytes).toString('base64'),
        }
      : null,
    template: assets.template ? { fileName: assets.template.fileName, size: assets.template.bytes.byteLength } : null,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by_name ?? null,
  };
}

type BrandingPatch = Partial<{
  primary_color: string;
  latin_font: string;
  east_asia_font: string;
  use_template_styles: number;
  logo: Uint8Array | null;
  logo_file_name: string | null;
  logo_mime_type: string | null;
  logo_width: number | null;
  logo_height: number | null;
  template: Uint8Array | null;
  template_file_name: string | null;
}>;

/** Insert the row with defaults on first write, then apply the patch. */
async function patchBranding(db: Kysely<Database>, patch: BrandingPatch, by: number | null, at: string) {
  const values = { ...patch, updated_at: at, updated_by: by };
  await db
    .insertInto('branding')
    .values({
      id: 1,
      primary_color: DEFAULT_BRANDING.primaryColor,
      latin_font: DEFAULT_BRANDING.latinFont,
      east_asia_font: DEFAULT_BRANDING.eastAsiaFont,
      use_template_styles: 0,
      ...values,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export function writeBranding(db: Kysely<Database>, b: Branding, by: number | null, at: string) {
  return patchBranding(
    db,
    {
      primary_color: b.primaryColor.toUpperCase(),
      latin_font: b.latinFont,
      east_asia_font: b.eastAsiaFont,
      use_template_styles: b.useTemplateStyles ? 1 : 0,
    },
    by,
    at,
  );
}

export function writeLogo(db: Kysely<Database>, logo: LogoFile | null, by: number | null, at: string) {
  return patchBranding(
    db,
    {
      logo: logo ? Buffer.from(logo.bytes) : null,
      logo_file_name: logo?.fileName ?? null,
      logo_mime_type: logo?.mimeType ?? null,
      logo_width: logo?.width ?? null,
      logo_height: logo?.height ?? null,
    },
    by,
    at,
  );
}

export function writeTemplate(db: Kysely<Database>, template: TemplateFile | null, by: number | null, at: string) {
  return patchBranding(
    db,
    {
      template: template ? Buffer.from(template.bytes) : null,
      template_file_name: template?.fileName ?? null,
      // Without a template there is nothing to take styles from.
      ...(template ? {} : { use_template_styles: 0 }),
    },
    by,
    at,
  );
}
