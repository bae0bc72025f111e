/**
 * <of-volume-chart>: a column chart of one series over days (e.g. a department's deliveries per day), drawn with
 * Chart.js 4 like <of-completion-chart>. The server sets one JSON property, `spec`:
 * {title: string, label: string, color: string, days: string[], values: number[]}.
 */
import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, LinearScale, Title, Tooltip } from 'chart.js';
import { ChartElement } from './chart-element.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

type Spec = { title: string; label: string; color: string; days: string[]; values: number[] };

class VolumeChart extends ChartElement<Spec> {
  protected height(): string {
    return '220px';
  }

  protected configuration(spec: Spec): ChartConfiguration {
    return {
      type: 'bar',
      data: { labels: spec.days, datasets: [{ label: spec.label, data: spec.values, backgroundColor: spec.color }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { title: { display: !!spec.title, text: spec.title }, legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    };
  }
}

if (!customElements.get('of-volume-chart')) {
  customElements.define('of-volume-chart', VolumeChart);
}
