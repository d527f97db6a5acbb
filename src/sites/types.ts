/**
 * A chatbot site adapter: which pages it covers, where its prompt box and send button are, and, when the shared
 * editor-family code is not enough, how to read, write and submit its editor. One chatbot, one file.
 */
export type EditorFamily = 'textarea' | 'contenteditable';

export interface SiteAdapter {
  readonly id: string;
  readonly name: string;
  /**
   * Where it applies: a hostname, optionally with a path prefix when the host also serves other things
   * ("x.com/i/grok": x.com is also Twitter, whose composers are left alone). The manifest's match patterns are
   * built from the hostnames; the path is checked at event time, so single-page navigation is followed.
   */
  readonly sites: readonly string[];
  /** The prompt box, newest selector first; old ones stay as fallbacks. */
  readonly editors: readonly string[];
  /** The send control, scoped to the composer when `composer` is given. */
  readonly sendButtons: readonly string[];
  /** The composer's container, to scope the send-button search. */
  readonly composer?: readonly string[];
  /** Overrides of the editor family's default behaviour. */
  readonly read?: (editor: HTMLElement) => string;
  readonly write?: (editor: HTMLElement, text: string) => void;
}
