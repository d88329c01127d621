import { isDesktop, shellCall } from './shell';

export interface OutgoingFile {
  fileName: string;
  mimeType: string;
  /** The bytes, or base64 as the core's exports carry them. */
  bytes: Uint8Array | string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function toBytes(file: OutgoingFile): Uint8Array {
  return typeof file.bytes === 'string' ? Uint8Array.from(atob(file.bytes), (c) => c.charCodeAt(0)) : file.bytes;
}

/**
 * Hand a file to the person: the native save dialog in the desktop app (`shell.saveFile`), a
 * download in a browser. Returns false when they cancelled the dialog.
 */
export async function offerFile(file: OutgoingFile): Promise<boolean> {
  if (isDesktop()) {
    const bytes = typeof file.bytes === 'string' ? file.bytes : toBase64(file.bytes);
    const { savedTo } = await shellCall('shell.saveFile', { fileName: file.fileName, mimeType: file.mimeType, bytes });
    return savedTo !== null;
  }
  const url = URL.createObjectURL(new Blob([toBytes(file) as BlobPart], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
