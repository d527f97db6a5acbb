/** The pure core shared by the CLI, the server, the tests and the extension: no DOM, no extension APIs. */
export { DETECTORS } from './detectors/index.ts';
export { createEngine, scan, type Engine } from './engine/scan.ts';
export { mask, redact, restore, type Redaction, type RedactionStyle, type Replacement } from './engine/redact.ts';
export { CATEGORIES, type Category, type Detector, type Finding, type RuleCategory, type ScanResult } from './engine/types.ts';
