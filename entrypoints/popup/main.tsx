import { render } from 'preact';
import { askBackground } from '../../src/extension/runtime.ts';
import { Popup } from '../../src/extension/ui/Popup.tsx';
import '../../src/extension/ui/tokens.css';
import './style.css';

render(
  <Popup load={() => askBackground({ type: 'status' })} flush={() => askBackground({ type: 'flush' })} />,
  document.getElementById('app')!,
);
