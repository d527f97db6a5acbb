/** Loads the shipped classifier in Node; the CLI runs rules only, and says so, when it cannot. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Classifier, type OnnxRuntime } from '../classifier/classifier.ts';

/** models/classifier.onnx of this package (the bundle lives in dist/, beside models/). */
export const DEFAULT_MODEL = fileURLToPath(new URL('../models/classifier.onnx', import.meta.url));

export async function loadClassifier(path = process.env.PROMPTWALL_MODEL ?? DEFAULT_MODEL): Promise<Classifier> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${path}: ${err.code ?? err.message}`);
  });
  const ort = (await import('onnxruntime-web')) as unknown as OnnxRuntime & { env: { wasm: { numThreads: number }; logLevel: string } };
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  return Classifier.load(ort, new Uint8Array(bytes));
}
