import { validateLogo } from '../export/logo';
import { readBranding, writeBranding, writeLogo, writeTemplate } from '../repos/branding';
import { isoNow } from '../time';
import { defineHandlers } from './types';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export const brandingHandlers = defineHandlers({
  'branding.get': (_args, { db }) => readBranding(db),
  'branding.update': async (args, ctx) => {
    await writeBranding(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now));
    ctx.audit({ entity: 'branding', entityId: 1, detail: args });
    return readBranding(ctx.db);
  },
  'branding.setLogo': async ({ logo }, ctx) => {
    const file = logo ? validateLogo(logo.fileName, bytesOf(logo.bytesBase64)) : null;
    await writeLogo(ctx.db, file, ctx.actor?.id ?? null, isoNow(ctx.now));
    // The audit log names the file, never its bytes.
    ctx.audit({
      entity: 'branding',
      entityId: 1,
      detail: file
        ? { logo: file.fileName, width: file.width, height: file.height, size: file.bytes.byteLength }
        : { logo: null },
    });
    return readBranding(ctx.db);
  },
  'branding.setTemplate': async ({ template }, ctx) => {
    // The zip reader and writer (fflate) load with the first template, not while the server starts.
    const { validateTemplate } = await import('../export/template');
    const file = template ? validateTemplate(template.fileName, bytesOf(template.bytesBase64)) : null;
    await writeTemplate(ctx.db, file, ctx.actor?.id ?? null, isoNow(ctx.now));
    ctx.audit({
      entity: 'branding',
      entityId: 1,
      detail: file ? { template: file.fileName, size: file.bytes.byteLength } : { template: null },
    });
    return readBranding(ctx.db);
  },
});
