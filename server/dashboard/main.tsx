/** Entry of the dashboard bundle (scripts/build-server.mjs → dist/dashboard/app.js, app.css). */
import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { App } from './app.tsx';

render(<App />, document.getElementById('app')!);
