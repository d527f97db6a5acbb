/**
 * The classifier's ONNX file, written and read without a protobuf library: training encodes it, inference
 * reads its metadata and the TypeScript reference computation reads its weights.
 *
 * Graph (standard ai.onnx ops, opset 13), for one text's sparse features:
 *   indices int32 [N], values float [1, N]
 *   rows    = Gather(weights int8 [F, C], indices)        -- one weight row per feature present
 *   summed  = MatMul(values, Cast(rows, float))           -- [1, C]: one MatMul is twice as fast as Mul + ReduceSum
 *   scores  = Sigmoid(summed * scale + bias)              -- float [1, C], one per category
 * Weights are int8 with one scale per category column (symmetric quantisation).
 */

export interface LinearModel {
  /** Row-major [features × categories], int8. */
  readonly weights: Int8Array;
  readonly scale: Float32Array;
  readonly bias: Float32Array;
  readonly features: number;
  readonly categories: readonly string[];
  /** Free-form JSON metadata (feature version, thresholds, training figures). */
  readonly metadata: Record<string, string>;
}

// ---- protobuf wire format ----

class Writer {
  private chunks: Uint8Array[] = [];
  private length = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  varint(value: number | bigint): void {
    let v = BigInt.asUintN(64, BigInt(value));
    const out: number[] = [];
    do {
      let byte = Number(v & 0x7fn);
      v >>= 7n;
      if (v) byte |= 0x80;
      out.push(byte);
    } while (v);
    this.push(Uint8Array.from(out));
  }

  tag(field: number, wire: number): void {
    this.varint((field << 3) | wire);
  }

  uint(field: number, value: number): void {
    this.tag(field, 0);
    this.varint(value);
  }

  bytes(field: number, bytes: Uint8Array): void {
    this.tag(field, 2);
    this.varint(bytes.length);
    this.push(bytes);
  }

  string(field: number, text: string): void {
    this.bytes(field, new TextEncoder().encode(text));
  }

  message(field: number, build: (w: Writer) => void): void {
    const inner = new Writer();
    build(inner);
    this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** Field number → raw values (numbers for varints, byte slices for length-delimited fields). */
type Fields = Map<number, (number | Uint8Array)[]>;

function readFields(buf: Uint8Array): Fields {
  const fields: Fields = new Map();
  let at = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const byte = buf[at++];
      if (byte === undefined) throw new Error('truncated ONNX file');
      result += (byte & 0x7f) * shift;
      if (!(byte & 0x80)) return result;
      shift *= 128;
    }
  };
  while (at < buf.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value: number | Uint8Array;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const len = varint();
      value = buf.subarray(at, at + len);
      at += len;
    } else if (wire === 5) {
      value = buf.subarray(at, at + 4);
      at += 4;
    } else if (wire === 1) {
      value = buf.subarray(at, at + 8);
      at += 8;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
    const list = fields.get(field) ?? [];
    list.push(value);
    fields.set(field, list);
  }
  return fields;
}

const text = (v: number | Uint8Array | undefined): string => (v instanceof Uint8Array ? new TextDecoder().decode(v) : '');

// ONNX enums
const FLOAT = 1;
const INT8 = 3;
const INT32 = 6;
const ATTR_INT = 2;

function tensor(w: Writer, name: string, dataType: number, dims: readonly number[], raw: Uint8Array): void {
  for (const d of dims) w.uint(1, d);
  w.uint(2, dataType);
  w.string(8, name);
  w.bytes(9, raw);
}

function valueInfo(w: Writer, name: string, elemType: number, dims: readonly (number | string)[]): void {
  w.string(1, name);
  w.message(2, (type) =>
    type.message(1, (t) => {
      t.uint(1, elemType);
      t.message(2, (shape) => {
        for (const d of dims) shape.message(1, (dim) => (typeof d === 'number' ? dim.uint(1, d) : dim.string(2, d)));
      });
    }),
  );
}

function node(w: Writer, op: string, inputs: string[], output: string, attrs: Record<string, number> = {}): void {
  for (const i of inputs) w.string(1, i);
  w.string(2, output);
  w.string(3, output);
  w.string(4, op);
  for (const [name, value] of Object.entries(attrs)) {
    w.message(5, (a) => {
      a.string(1, name);
      a.uint(3, value);
      a.uint(20, ATTR_INT);
    });
  }
}

const bytesOf = (array: ArrayBufferView): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

export function encodeLinearModel(model: LinearModel): Uint8Array {
  const c = model.categories.length;
  const w = new Writer();
  w.uint(1, 8); // ir_version
  w.string(2, 'promptwall-train');
  w.message(7, (g) => {
    g.message(1, (n) => node(n, 'Gather', ['weights', 'indices'], 'rows', { axis: 0 }));
    g.message(1, (n) => node(n, 'Cast', ['rows'], 'rows_f', { to: FLOAT }));
    g.message(1, (n) => node(n, 'MatMul', ['values', 'rows_f'], 'summed'));
    g.message(1, (n) => node(n, 'Mul', ['summed', 'scale'], 'logits_unbiased'));
    g.message(1, (n) => node(n, 'Add', ['logits_unbiased', 'bias'], 'logits'));
    g.message(1, (n) => node(n, 'Sigmoid', ['logits'], 'scores'));
    g.string(2, 'promptwall-classifier');
    g.message(5, (t) => tensor(t, 'weights', INT8, [model.features, c], bytesOf(model.weights)));
    g.message(5, (t) => tensor(t, 'scale', FLOAT, [c], bytesOf(model.scale)));
    g.message(5, (t) => tensor(t, 'bias', FLOAT, [c], bytesOf(model.bias)));
    g.message(11, (v) => valueInfo(v, 'indices', INT32, ['n']));
    g.message(11, (v) => valueInfo(v, 'values', FLOAT, [1, 'n']));
    g.message(12, (v) => valueInfo(v, 'scores', FLOAT, [1, c]));
  });
  w.message(8, (o) => o.uint(2, 13)); // opset_import: default domain, version 13
  for (const [key, value] of Object.entries({ ...model.metadata, categories: JSON.stringify(model.categories) })) {
    w.message(14, (e) => {
      e.string(1, key);
      e.string(2, value);
    });
  }
  return w.finish();
}

/** Reads back what `encodeLinearModel` wrote (metadata and the weights), for the TypeScript reference. */
export function decodeLinearModel(file: Uint8Array): LinearModel {
  const model = readFields(file);
  const metadata: Record<string, string> = {};
  for (const entry of model.get(14) ?? []) {
    const e = readFields(entry as Uint8Array);
    metadata[text(e.get(1)?.[0])] = text(e.get(2)?.[0]);
  }
  const graph = readFields((model.get(7)?.[0] as Uint8Array | undefined) ?? new Uint8Array());
  const tensors = new Map<string, { dims: number[]; raw: Uint8Array }>();
  for (const t of graph.get(5) ?? []) {
    const f = readFields(t as Uint8Array);
    const raw = f.get(9)?.[0] as Uint8Array;
    tensors.set(text(f.get(8)?.[0]), { dims: (f.get(1) ?? []) as number[], raw: raw.slice() });
  }
  const get = (name: string) => {
    const t = tensors.get(name);
    if (!t) throw new Error(`ONNX model has no initializer '${name}'`);
    return t;
  };
  const weights = get('weights');
  const categories = JSON.parse(metadata.categories ?? '[]') as string[];
  if (weights.dims[1] !== categories.length) throw new Error('ONNX model: weights do not match its categories');
  return {
    weights: new Int8Array(weights.raw.buffer),
    scale: new Float32Array(get('scale').raw.buffer),
    bias: new Float32Array(get('bias').raw.buffer),
    features: weights.dims[0]!,
    categories,
    metadata,
  };
}

/** The model's scores computed in TypeScript (float64), the reference the ONNX runtime must match. */
export function referenceScores(model: LinearModel, indices: Int32Array, values: Float32Array): Float64Array {
  const c = model.categories.length;
  const sums = new Float64Array(c);
  for (let k = 0; k < indices.length; k++) {
    const row = indices[k]! * c;
    for (let j = 0; j < c; j++) sums[j]! += model.weights[row + j]! * values[k]!;
  }
  return sums.map((s, j) => 1 / (1 + Math.exp(-(s * model.scale[j]! + model.bias[j]!))));
}
