import type { FileDownload } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { ApiError } from '../../api';

/**
 * Hand a generated file to the person: the native save dialog under Electron (the shell's
 * `shell.saveFile`), a download in browser mode. Returns false when they cancelled the dialog.
 */
export async function saveExportedFile(file: FileDownload, lang: Lang): Promise<boolean> {
  const bridge = window.workbench;
  if (bridge) {
    // shell.* calls are answered by the Electron shell, not the core, so they are not in the contract.
    const response = await bridge.call(
      'shell.saveFile' as Parameters<typeof bridge.call>[0],
      { fileName: file.fileName, mimeType: file.mimeType, bytes: file.bytesBase64 },
      { lang },
    );
    if (!response.ok) throw new ApiError(response.error);
    return (response.result as { savedTo: string | null }).savedTo !== null;
  }
  const bytes = Uint8Array.from(atob(file.bytesBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
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
