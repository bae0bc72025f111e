/**
 * The photo pipeline in a real browser (harness `?bench=photo`, run by measure.mjs): a 4032×3024 test picture
 * (drawn, clearly fake) → compressPhoto → the size, JPEG signature, SHA-256 (checked against a second hash of
 * the same bytes) and the time it took.
 */
import { compressPhoto, sha256Hex } from '../photo.js';

export async function photoCheck(): Promise<string> {
  const canvas = new OffscreenCanvas(4032, 3024);
  const g = canvas.getContext('2d')!;
  const gradient = g.createLinearGradient(0, 0, 4032, 3024);
  gradient.addColorStop(0, '#3b7dd8');
  gradient.addColorStop(1, '#f5d142');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 4032, 3024);
  g.fillStyle = '#fff';
  g.font = '400px sans-serif';
  g.fillText('示范门牌 1号', 400, 1600);
  const original = await canvas.convertToBlob({ type: 'image/png' });
  const t = performance.now();
  const photo = await compressPhoto(original);
  const ms = performance.now() - t;
  const bytes = new Uint8Array(await photo.blob.arrayBuffer());
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const again = await sha256Hex(photo.blob);
  return `photo ${photo.width}×${photo.height} ${photo.blob.type} ${jpeg ? 'JPEG' : 'NOT-JPEG'} ${(photo.blob.size / 1024).toFixed(0)} KiB from a ${(original.size / 1024).toFixed(0)} KiB 4032×3024 PNG in ${ms.toFixed(0)} ms · sha256 ${photo.sha256 === again && /^[0-9a-f]{64}$/.test(photo.sha256) ? 'ok' : 'MISMATCH'}`;
}
