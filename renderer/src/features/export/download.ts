import type { FileDownload } from '@shared/contract';
import { offerFile } from '../../api';

/**
 * Hand a generated file to the person: the native save dialog in the desktop app, a download in
 * browser mode. Returns false when they cancelled the dialog.
 */
export function saveExportedFile(file: FileDownload): Promise<boolean> {
  return offerFile({ fileName: file.fileName, mimeType: file.mimeType, bytes: file.bytesBase64 });
}

/** A file the person picked, as base64 for the API (the core checks its type by its bytes, and its size). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
