/**
 * Lossless re-encoding of the icons' PNGs (scripts/icons.ts): Chromium's screenshots are
 * compressed for speed; the same pixels with the best row filters, deflated by zopfli, take a
 * quarter less (8.4 -> 6.0 KB for the four icons; zlib's level 9 gave 6.2 KB), and a PNG goes
 * into the zip as it is.
 * 8-bit RGBA only, non-interlaced: what the screenshots are.
 */
import { inflateSync } from 'node:zlib';
import { zlibAsync } from '@gfx/zopfli';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const BYTES_PER_PIXEL = 4;

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const out: Chunk[] = [];
  for (let i = 8; i < png.length; ) {
    const n = png.readUInt32BE(i);
    out.push({ type: png.toString('latin1', i + 4, i + 8), data: png.subarray(i + 8, i + 8 + n) });
    i += 12 + n;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function writeChunk({ type, data }: Chunk): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The predictor of filter type `f` for byte x of a row (a: left, b: up, c: up-left). */
function predict(f: number, row: Uint8Array, prev: Uint8Array, x: number): number {
  const a = x >= BYTES_PER_PIXEL ? row[x - BYTES_PER_PIXEL]! : 0;
  const b = prev[x]!;
  const c = x >= BYTES_PER_PIXEL ? prev[x - BYTES_PER_PIXEL]! : 0;
  return [0, a, b, (a + b) >> 1, paeth(a, b, c)][f]!;
}

/** The image's rows of pixels, unfiltered. */
export function pngPixels(png: Buffer): { width: number; rows: Uint8Array[] } {
  const chunks = readChunks(png);
  const ihdr = chunks.find((c) => c.type === 'IHDR')!.data;
  const [width, height, depth, colour, , , interlace] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]];
  if (depth !== 8 || colour !== 6 || interlace !== 0) throw new Error('only 8-bit RGBA, non-interlaced PNGs');
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * BYTES_PER_PIXEL;
  const rows: Uint8Array[] = [];
  let prev: Uint8Array = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    const f = raw[at]!;
    const row = Uint8Array.from(raw.subarray(at + 1, at + 1 + stride));
    for (let x = 0; x < stride; x++) row[x] = (row[x]! + predict(f, row, prev, x)) & 255;
    rows.push(row);
    prev = row;
  }
  return { width, rows };
}

/** Rows filtered with one filter each: `fixed`, or per row the one whose bytes are smallest (the usual heuristic). */
function filtered(rows: readonly Uint8Array[], fixed: number | null): Buffer {
  const stride = rows[0]!.length;
  const out: Buffer[] = [];
  let prev: Uint8Array = new Uint8Array(stride);
  for (const row of rows) {
    let best: Buffer | null = null;
    let bestCost = Infinity;
    for (let f = 0; f < 5; f++) {
      if (fixed !== null && f !== fixed) continue;
      const line = Buffer.alloc(stride + 1);
      line[0] = f;
      let cost = 0;
      for (let x = 0; x < stride; x++) {
        const v = (row[x]! - predict(f, row, prev, x)) & 255;
        line[x + 1] = v;
        cost += v < 128 ? v : 256 - v;
      }
      if (cost < bestCost) [best, bestCost] = [line, cost];
    }
    out.push(best!);
    prev = row;
  }
  return Buffer.concat(out);
}

/** The same image in as few bytes as these filters and zopfli give; the other chunks kept. */
export async function smallerPng(png: Buffer): Promise<Buffer> {
  const { rows } = pngPixels(png);
  const encodings = await Promise.all([null, 0, 1, 2, 4].map(async (f) => Buffer.from(await zlibAsync(filtered(rows, f), { numiterations: 15 }))));
  const idat = encodings.reduce((a, b) => (b.length < a.length ? b : a));
  const chunks = readChunks(png);
  const kept = chunks.filter((c) => c.type !== 'IDAT' && c.type !== 'IEND');
  const out = Buffer.concat([SIGNATURE, ...kept.map(writeChunk), writeChunk({ type: 'IDAT', data: idat }), writeChunk({ type: 'IEND', data: Buffer.alloc(0) })]);
  return out.length < png.length ? out : png;
}
