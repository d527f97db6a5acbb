/** The policy tip's stylesheet, inserted as text into its shadow root (no page CSS reaches it, none leaks out). */
export const TIP_CSS = `
:host { all: initial; }
.tip { font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #d0d0d7;
  border-left: 4px solid #8a8a99; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; }
.tip.block { border-left-color: #c62828; }
.tip.redact { border-left-color: #ef6c00; }
.tip.warn { border-left-color: #f9a825; }
header { margin-bottom: 6px; }
.items { margin: 6px 0; padding: 0; list-style: none; }
.items li { margin: 2px 0; }
.label { margin-right: 6px; }
code { font: 12px ui-monospace, monospace; background: #f3f3f6; border-radius: 4px; padding: 1px 5px; margin-right: 4px; }
.notice, .message { margin: 6px 0; color: #6b4e00; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
button { font: inherit; border: 1px solid #b8b8c4; background: #f7f7fa; border-radius: 6px; padding: 5px 10px; cursor: pointer; }
button.primary { background: #1f4fd1; border-color: #1f4fd1; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
label { display: block; margin-top: 6px; }
textarea { display: block; width: 100%; box-sizing: border-box; margin-top: 4px; font: inherit; }
`;
