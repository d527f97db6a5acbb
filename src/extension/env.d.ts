// Build-time constants WXT (Vite) replaces in extension code, so each browser's build drops the other's branch.
interface ImportMetaEnv {
  readonly FIREFOX: boolean;
  readonly CHROME: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
