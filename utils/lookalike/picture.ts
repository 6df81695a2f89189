import { picturesBehindForm } from './layouts';
import { logoColours } from './logo';
import type { SignalDetector } from './types';

/** One channel of a `#rrggbb` colour. */
const channel = (hex: string, at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
/** Microsoft's published logo colours ({@link logoColours}) as red, green and blue, one per square, in their order. */
const squareColours: ReadonlyArray<readonly [number, number, number]> = logoColours.map(([published]) => [
  channel(published, 1),
  channel(published, 3),
  channel(published, 5),
]);
/** How far (squared, in RGB) a pixel may be from a square's colour: saved, scaled or JPEG pictures shift it a little,
 * while Office's orange (#EB3C00, 40 away from the red) stays out. */
const nearEnough = 34 * 34;
/** The picture is read in cells of this many pixels a side; a cell is a square's colour when most of it is. */
const cell = 3;
/** The farthest (in cells) one square of the logo lies from the next: logos up to about 100 pixels across. */
const maxSpan = 16;

/** Which of the four squares' colours a pixel is, or -1. */
function squareOf(red: number, green: number, blue: number): number {
  for (let index = 0; index < 4; index += 1) {
    const [r, g, b] = squareColours[index]!;
    const distance = (red - r) ** 2 + (green - g) ** 2 + (blue - b) ** 2;
    if (distance <= nearEnough) return index;
  }
  return -1;
}

/**
 * Whether RGBA pixels (a canvas's `ImageData.data`, `width` by `height`) show Microsoft's logo: a red, a green, a blue
 * and a yellow patch placed as its four squares (green right of red, blue under red, yellow under green). Pure.
 */
export function fourSquareLogoIn(rgba: ArrayLike<number>, width: number, height: number): boolean {
  if (width <= 0 || height <= 0 || rgba.length < width * height * 4) return false;
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const counts = new Uint8Array(columns * rows * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      if (rgba[at + 3]! < 128) continue;
      const square = squareOf(rgba[at]!, rgba[at + 1]!, rgba[at + 2]!);
      if (square >= 0) counts[(Math.floor(y / cell) * columns + Math.floor(x / cell)) * 4 + square]! += 1;
    }
  }
  const majority = Math.ceil((cell * cell) / 2);
  const colourAt = (column: number, row: number): number => {
    if (column < 0 || row < 0 || column >= columns || row >= rows) return -1;
    const base = (row * columns + column) * 4;
    for (let square = 0; square < 4; square += 1) if (counts[base + square]! >= majority) return square;
    return -1;
  };
  /** The first cell of `square`'s colour along a direction from (column, row), within the span, with a row/column slack of one. */
  const find = (square: number, column: number, row: number, across: boolean): number => {
    for (let step = 1; step <= maxSpan; step += 1)
      for (let slack = -1; slack <= 1; slack += 1)
        if (across ? colourAt(column + step, row + slack) === square : colourAt(column + slack, row + step) === square) return step;
    return 0;
  };
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      if (colourAt(column, row) !== 0) continue;
      const right = find(1, column, row, true);
      const down = right && find(2, column, row, false);
      if (!down || Math.abs(right - down) > 2) continue;
      for (let dy = -1; dy <= 1; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) if (colourAt(column + right + dx, row + down + dy) === 3) return true;
    }
  }
  return false;
}

/** The largest side a picture is read at (bigger ones are scaled down first), to bound the work. */
const maxSide = 1200;

/**
 * The pixels of a loaded picture, scaled to at most {@link maxSide}; undefined when not loaded, or bigger than
 * `budget` pixels. Throws on another origin's picture (the canvas is tainted).
 */
function pixelsOf(image: HTMLImageElement, budget: number): { data: Uint8ClampedArray; width: number; height: number } | undefined {
  if (!image.complete || image.naturalWidth <= 0 || image.naturalHeight <= 0) return undefined;
  const scale = Math.min(1, maxSide / Math.max(image.naturalWidth, image.naturalHeight));
  const width = Math.max(1, Math.round(image.naturalWidth * scale));
  const height = Math.max(1, Math.round(image.naturalHeight * scale));
  if (width * height > budget) return undefined;
  const canvas = image.ownerDocument.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(image, 0, 0, width, height);
  return { data: context.getImageData(0, 0, width, height).data, width, height };
}

/** The most pixels read on one page, all pictures together (about 40 ms of work; 868 × 666 took 12 ms in Node). */
const maxPixels = 2_000_000;

/**
 * Microsoft's logo in the picture an image-built kit lays its fields over (a screenshot of Microsoft's sign-in box):
 * read only on such pages, at most four pictures and {@link maxPixels}, and only pictures the page may read (its own
 * origin's).
 */
export const pictureLogo: SignalDetector = {
  reports: ['microsoft-logo'],
  detect(evidence) {
    let budget = maxPixels;
    for (const picture of picturesBehindForm(evidence).slice(0, 4)) {
      if (picture.tagName !== 'IMG') continue;
      try {
        const pixels = pixelsOf(picture as HTMLImageElement, budget);
        if (!pixels) continue;
        budget -= pixels.width * pixels.height;
        if (fourSquareLogoIn(pixels.data, pixels.width, pixels.height)) return ['microsoft-logo'];
      } catch {
        // another origin's picture (a tainted canvas) or a canvas that failed: no evidence from it
      }
    }
    return [];
  },
};
