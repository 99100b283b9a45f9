/**
 * The specialised butterflies of electron/domain/audio/fft.ts. Each stage reads X[k, r] at
 * k * radix * rest + u * rest + r (u the input of the butterfly) and writes output q of column
 * k at (k + span * q) * rest + r, after multiplying input u by the twiddle w^{u k}.
 */

/** Radix-2 stage: combines `span`-point DFTs pairwise (layout as in ComplexFft). */
export function radix2(span: number, rest: number, twiddles: Float64Array, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  const step = span * rest;
  for (let k = 0; k < span; k++) {
    const w1r = twiddles[4 * k + 2]!, w1i = twiddles[4 * k + 3]!;
    const inBase = 2 * k * rest;
    for (let r = 0; r < rest; r++) {
      const i0 = inBase + r;
      const tr = xr[i0 + rest]!, ti = xi[i0 + rest]!;
      const a1r = tr * w1r - ti * w1i, a1i = tr * w1i + ti * w1r;
      const o = k * rest + r;
      yr[o] = xr[i0]! + a1r;
      yi[o] = xi[i0]! + a1i;
      yr[o + step] = xr[i0]! - a1r;
      yi[o + step] = xi[i0]! - a1i;
    }
  }
}

/** Radix-4 stage: the multiplications by -i are swaps, so only the twiddles cost. */
export function radix4(span: number, rest: number, twiddles: Float64Array, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  const step = span * rest;
  for (let k = 0; k < span; k++) {
    const tw = 8 * k;
    const w1r = twiddles[tw + 2]!, w1i = twiddles[tw + 3]!;
    const w2r = twiddles[tw + 4]!, w2i = twiddles[tw + 5]!;
    const w3r = twiddles[tw + 6]!, w3i = twiddles[tw + 7]!;
    const inBase = 4 * k * rest;
    for (let r = 0; r < rest; r++) {
      const i0 = inBase + r;
      const a0r = xr[i0]!, a0i = xi[i0]!;
      let tr = xr[i0 + rest]!, ti = xi[i0 + rest]!;
      const a1r = tr * w1r - ti * w1i, a1i = tr * w1i + ti * w1r;
      tr = xr[i0 + 2 * rest]!;
      ti = xi[i0 + 2 * rest]!;
      const a2r = tr * w2r - ti * w2i, a2i = tr * w2i + ti * w2r;
      tr = xr[i0 + 3 * rest]!;
      ti = xi[i0 + 3 * rest]!;
      const a3r = tr * w3r - ti * w3i, a3i = tr * w3i + ti * w3r;
      const s02r = a0r + a2r, s02i = a0i + a2i, d02r = a0r - a2r, d02i = a0i - a2i;
      const s13r = a1r + a3r, s13i = a1i + a3i, d13r = a1r - a3r, d13i = a1i - a3i;
      const o = k * rest + r;
      yr[o] = s02r + s13r;
      yi[o] = s02i + s13i;
      // d02 - i*d13 and d02 + i*d13, with -i(a + bi) = b - ai.
      yr[o + step] = d02r + d13i;
      yi[o + step] = d02i - d13r;
      yr[o + 2 * step] = s02r - s13r;
      yi[o + 2 * step] = s02i - s13i;
      yr[o + 3 * step] = d02r - d13i;
      yi[o + 3 * step] = d02i + d13r;
    }
  }
}

const C1 = Math.cos((2 * Math.PI) / 5);
const C2 = Math.cos((4 * Math.PI) / 5);
const S1 = Math.sin((2 * Math.PI) / 5);
const S2 = Math.sin((4 * Math.PI) / 5);

/** Radix-5 stage with the symmetric pairs (1, 4) and (2, 3) folded: far fewer multiplications than a direct 5-point DFT. */
export function radix5(span: number, rest: number, twiddles: Float64Array, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  const step = span * rest;
  for (let k = 0; k < span; k++) {
    const tw = 10 * k;
    const w1r = twiddles[tw + 2]!, w1i = twiddles[tw + 3]!;
    const w2r = twiddles[tw + 4]!, w2i = twiddles[tw + 5]!;
    const w3r = twiddles[tw + 6]!, w3i = twiddles[tw + 7]!;
    const w4r = twiddles[tw + 8]!, w4i = twiddles[tw + 9]!;
    const inBase = 5 * k * rest;
    for (let r = 0; r < rest; r++) {
      const i0 = inBase + r;
      const a0r = xr[i0]!, a0i = xi[i0]!;
      let tr = xr[i0 + rest]!, ti = xi[i0 + rest]!;
      const a1r = tr * w1r - ti * w1i, a1i = tr * w1i + ti * w1r;
      tr = xr[i0 + 2 * rest]!;
      ti = xi[i0 + 2 * rest]!;
      const a2r = tr * w2r - ti * w2i, a2i = tr * w2i + ti * w2r;
      tr = xr[i0 + 3 * rest]!;
      ti = xi[i0 + 3 * rest]!;
      const a3r = tr * w3r - ti * w3i, a3i = tr * w3i + ti * w3r;
      tr = xr[i0 + 4 * rest]!;
      ti = xi[i0 + 4 * rest]!;
      const a4r = tr * w4r - ti * w4i, a4i = tr * w4i + ti * w4r;
      const t1r = a1r + a4r, t1i = a1i + a4i, t3r = a1r - a4r, t3i = a1i - a4i;
      const t2r = a2r + a3r, t2i = a2i + a3i, t4r = a2r - a3r, t4i = a2i - a3i;
      const b1r = a0r + C1 * t1r + C2 * t2r, b1i = a0i + C1 * t1i + C2 * t2i;
      const b2r = a0r + C2 * t1r + C1 * t2r, b2i = a0i + C2 * t1i + C1 * t2i;
      const m1r = S1 * t3r + S2 * t4r, m1i = S1 * t3i + S2 * t4i;
      const m2r = S2 * t3r - S1 * t4r, m2i = S2 * t3i - S1 * t4i;
      const o = k * rest + r;
      yr[o] = a0r + t1r + t2r;
      yi[o] = a0i + t1i + t2i;
      // y1 = b1 - i m1, y4 = b1 + i m1, y2 = b2 - i m2, y3 = b2 + i m2.
      yr[o + step] = b1r + m1i;
      yi[o + step] = b1i - m1r;
      yr[o + 4 * step] = b1r - m1i;
      yi[o + 4 * step] = b1i + m1r;
      yr[o + 2 * step] = b2r + m2i;
      yi[o + 2 * step] = b2i - m2r;
      yr[o + 3 * step] = b2r - m2i;
      yi[o + 3 * step] = b2i + m2r;
    }
  }
}
