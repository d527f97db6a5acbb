/**
 * Build step for the extension: detector records carry their own match / no-match examples, which are test data.
 * The content script ships every detector, so the examples are cut out of src/detectors/** at bundle time;
 * nothing else in the records changes. Uses the TypeScript parser, not a regular expression, so it cannot cut
 * the wrong text.
 */
import ts from 'typescript';

export const DETECTOR_SOURCES = /[\\/]src[\\/]detectors[\\/].+\.ts$/;

export function stripExamples(code: string, fileName: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'examples' && ts.isObjectLiteralExpression(node.parent)) {
      let end = node.end;
      if (code[end] === ',') end++;
      cuts.push([node.getFullStart(), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += code.slice(at, start);
    at = end;
  }
  return out + code.slice(at);
}
