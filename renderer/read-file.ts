/** Bytes converted per step; each step yields to the event loop so a large file never freezes the window. */
const CHUNK_BYTES = 3 * 64 * 1024;

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function readAsArrayBuffer(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

export function readAsText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** A file's bytes as base64, converted in chunks (a multiple of 3 bytes, so the pieces join cleanly). */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await readAsArrayBuffer(file));
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    let binary = '';
    for (let index = 0; index < chunk.length; index += 8192)
      binary += String.fromCharCode(...chunk.subarray(index, index + 8192));
    pieces.push(btoa(binary));
    if (start + CHUNK_BYTES < bytes.length) await nextTick();
  }
  return pieces.join('');
}
