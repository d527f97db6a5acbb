/**
 * Detections by category over time, drawn by uPlot on a canvas. The container gets `data-chart-ready` once uPlot
 * has drawn the current data (the tests and the first-render benchmark wait for it).
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import type { Summary } from './api.ts';

export const CATEGORY_COLOURS: Record<string, string> = {
  secret: '#d7263d',
  pii: '#1b998b',
  financial: '#f49d37',
  source_code: '#3f88c5',
  confidential: '#7d5ba6',
  health: '#2e7d32',
};

export function CategoryChart({ series }: { series: Summary['series'] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current!;
    el.removeAttribute('data-chart-ready');
    const categories = Object.keys(series.counts);
    const data: uPlot.AlignedData = [series.times.map((t) => t / 1000), ...categories.map((c) => series.counts[c])];
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 260,
        scales: { x: { time: true } },
        series: [
          {},
          ...categories.map((c) => ({
            label: c.replace('_', ' '),
            stroke: CATEGORY_COLOURS[c] ?? '#555',
            width: 2,
            points: { show: series.times.length < 60 },
          })),
        ],
        axes: [{}, { label: series.unit === 'hour' ? 'prompts per hour' : 'prompts per day', size: 60 }],
        hooks: { draw: [() => el.setAttribute('data-chart-ready', '')] },
      },
      data,
      el,
    );
    const resize = () => plot.setSize({ width: Math.max(320, el.clientWidth), height: 260 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [series]);
  return <div class="chart" ref={box} />;
}
