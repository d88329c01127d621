import { LOGO_MAX_BYTES } from '@shared/contract';
import { localizedSection } from '@shared/i18n/catalog';
import { fillText } from '@shared/i18n/fill';
import type { LogoFile } from '../repos/branding';
import { fieldRefusal } from './refusal';

/** The refusals, worded in the catalogue (shared/i18n, section branding). */
const SAY = localizedSection('branding');

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Width and height from a JPEG's first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC). */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (at + 9 > b.length) return null;
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** The image's own type and size, from its bytes (a renamed .gif is not a PNG). */
export function sniffImage(bytes: Uint8Array): Omit<LogoFile, 'fileName' | 'bytes'> | null {
  const png = pngSize(bytes);
  if (png) return { mimeType: 'image/png', ...png };
  const jpeg = jpegSize(bytes);
  if (jpeg) return { mimeType: 'image/jpeg', ...jpeg };
  return null;
}

/** An uploaded logo, checked: PNG or JPEG by its magic bytes, at most 2 MB, with real dimensions. */
export function validateLogo(fileName: string, bytes: Uint8Array): LogoFile {
  const path = ['logo', 'bytesBase64'];
  if (bytes.byteLength > LOGO_MAX_BYTES)
    throw fieldRefusal(
      path,
      'branding.logo_too_large',
      fillText(SAY.logoTooLarge, { size: (bytes.byteLength / 1048576).toFixed(1) }),
    );
  const image = sniffImage(bytes);
  if (!image) throw fieldRefusal(path, 'branding.logo_not_image', SAY.logoNotImage);
  if (image.width < 1 || image.height < 1 || image.width > 20000 || image.height > 20000)
    throw fieldRefusal(
      path,
      'branding.logo_bad_size',
      fillText(SAY.logoBadSize, { width: image.width, height: image.height }),
    );
  return { fileName, bytes, ...image };
}
