/** Browser-side file helper: offer bytes as a download. Uses only DOM APIs. */

/** Saves bytes through the browser's download (a blob: URL, so nothing leaves the page's origin). */
export function downloadBytes(fileName: string, bytes: Uint8Array<ArrayBuffer>, type = 'application/zip'): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
