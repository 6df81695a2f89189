import { describe, expect, test } from 'vitest';
import { fourSquareLogoIn } from '@/utils/lookalike/picture';

type Colour = readonly [number, number, number];
const microsoft: Colour[] = [
  [242, 80, 34],
  [127, 186, 0],
  [0, 164, 239],
  [255, 185, 0],
];

/** A white picture with four squares of `colours` (top left, top right, bottom left, bottom right) at (x, y). */
function withSquares(colours: readonly Colour[], { side = 10, gap = 1, x = 40, y = 30, width = 200, height = 120 } = {}) {
  const rgba = new Uint8Array(width * height * 4).fill(255);
  const corners = [
    [x, y],
    [x + side + gap, y],
    [x, y + side + gap],
    [x + side + gap, y + side + gap],
  ];
  colours.forEach(([r, g, b], index) => {
    const [left, top] = corners[index]!;
    for (let row = top!; row < top! + side; row += 1)
      for (let column = left!; column < left! + side; column += 1) rgba.set([r, g, b, 255], (row * width + column) * 4);
  });
  return { rgba, width, height };
}

const seen = (picture: { rgba: Uint8Array; width: number; height: number }) =>
  fourSquareLogoIn(picture.rgba, picture.width, picture.height);

describe("Microsoft's four squares in a picture's pixels", () => {
  test.each([
    ['a small logo (10 px squares)', {}],
    ['a larger one (40 px squares, 4 px apart)', { side: 40, gap: 4 }],
    ['a tiny footer one (7 px squares)', { side: 7 }],
    ['one at the picture’s edge', { x: 0, y: 0 }],
  ])('%s', (_name, options) => expect(seen(withSquares(microsoft, options))).toBe(true));

  test('colours shifted a little, as a saved or scaled JPEG shifts them', () => {
    const shifted = microsoft.map(([r, g, b]) => [Math.min(255, r + 12), Math.max(0, g - 10), Math.min(255, b + 9)] as const);
    expect(seen(withSquares(shifted))).toBe(true);
  });

  test.each([
    [
      "another brand's four colours (Google's blue, red, yellow, green)",
      [
        [66, 133, 244],
        [234, 67, 53],
        [251, 188, 5],
        [52, 168, 83],
      ],
    ],
    ["Office's orange instead of the red", [[235, 60, 0], ...microsoft.slice(1)]],
    ['the right colours in the wrong places', [microsoft[3]!, microsoft[2]!, microsoft[1]!, microsoft[0]!]],
    ['three squares only', microsoft.slice(0, 3)],
  ] as const)('not %s', (_name, colours) => expect(seen(withSquares(colours as readonly Colour[]))).toBe(false));

  test('not four squares spread across a picture (each colour somewhere, never side by side)', () => {
    const picture = withSquares(microsoft, { side: 10, gap: 80, width: 300, height: 240 });
    expect(seen(picture)).toBe(false);
  });

  test('bad input: nothing, a short buffer, transparent squares', () => {
    expect(fourSquareLogoIn(new Uint8Array(), 0, 0)).toBe(false);
    expect(fourSquareLogoIn(new Uint8Array(10), 100, 100)).toBe(false);
    const clear = withSquares(microsoft);
    for (let at = 3; at < clear.rgba.length; at += 4) clear.rgba[at] = 0;
    expect(seen(clear)).toBe(false);
  });
});
