/** One GPS fix through the Geolocation API, as the contract's {lat, lon, accuracy}. */
import type { GpsValue } from './types.js';

export type GpsProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export class GpsError extends Error {
  constructor(readonly problem: GpsProblem) {
    super(`location ${problem}`);
    this.name = 'GpsError';
  }
}

/** Above this many metres the renderer suggests locating again. */
export const POOR_ACCURACY_METRES = 50;

export function locate(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation, timeoutMs = 30_000): Promise<GpsValue> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new GpsError('unsupported'));
      return;
    }
    geolocation.getCurrentPosition(
      (position) =>
        resolve({
          lat: round(position.coords.latitude, 7),
          lon: round(position.coords.longitude, 7),
          accuracy: round(position.coords.accuracy, 1),
        }),
      (error) => reject(new GpsError(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable')),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
    );
  });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
