/**
 * <of-completion-chart>: a stacked horizontal bar chart of completion per area or worker (done, in review,
 * returned, not visited), drawn with Chart.js 4 (MIT, canvas, tree-shaken to the bar chart). The server sets
 * one JSON property, `spec`: {labels: string[], series: [{label, color, values: number[]}], title}. The
 * host grows with the number of bars so a street of many grids stays readable on a tablet.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Title,
  Tooltip,
} from 'chart.js';
import { ChartElement } from './chart-element.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

type Series = { label: string; color: string; values: number[] };
type Spec = { title: string; labels: string[]; series: Series[] };

class CompletionChart extends ChartElement<Spec> {
  protected height(spec: Spec): string {
    return `${Math.max(160, 60 + spec.labels.length * 28)}px`;
  }

  protected configuration(spec: Spec): ChartConfiguration {
    return {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, stack: 'all' })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          title: { display: !!spec.title, text: spec.title },
          legend: { position: 'bottom' },
        },
        scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
      },
    };
  }
}

if (!customElements.get('of-completion-chart')) {
  customElements.define('of-completion-chart', CompletionChart);
}
