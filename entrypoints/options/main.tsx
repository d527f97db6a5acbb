import { render } from 'preact';
import { askBackground } from '../../src/extension/runtime.ts';
import { Options } from '../../src/extension/ui/Options.tsx';
import '../../src/extension/ui/tokens.css';
import './style.css';

render(
  <Options load={() => askBackground({ type: 'status' })} save={(policy) => askBackground({ type: 'saveUserPolicy', policy })} />,
  document.getElementById('app')!,
);
