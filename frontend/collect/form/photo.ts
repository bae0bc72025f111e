/**
 * Photos in the browser: decoded with createImageBitmap (orientation from EXIF), scaled so the longer edge is
 * at most 1600 px, encoded as JPEG, and named by the SHA-256 of the encoded bytes (the contract's attachment
 * id and the field's value).
 */

export interface PreparedPhoto {
  readonly blob: Blob;
  /** Lower-case hex SHA-256 of `blob`'s bytes. */
  readonly sha256: string;
  readonly width: number;
  readonly height: number;
}

export const MAX_EDGE = 1600;
export const JPEG_QUALITY = 0.82;

/** The size to draw at: the longer edge at most `maxEdge`, never enlarged. */
export function scaledSize(width: number, height: number, maxEdge = MAX_EDGE): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes, scales and re-encodes a picture from the camera or the gallery. */
export async function compressPhoto(file: Blob, maxEdge = MAX_EDGE, quality = JPEG_QUALITY): Promise<PreparedPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height, maxEdge);
    let blob: Blob;
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(bitmap, 0, 0, width, height);
      blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    } else {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(bitmap, 0, 0, width, height);
      blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', quality),
      );
    }
    return { blob, sha256: await sha256Hex(blob), width, height };
  } finally {
    bitmap.close();
  }
}
