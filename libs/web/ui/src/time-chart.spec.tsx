import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider, type Locale } from '@kindling/web/util';
import { TimeChart, type TimePoint, type TimeSeries } from './time-chart';

// ui may not import data-access (module boundaries), so the chart gets only the language provider.
const series: TimeSeries[] = [
  { key: 'own', label: 'Own ideas', color: '#c2410c' },
  { key: 'built', label: 'Built on', color: '#0f766e' },
];
const points: TimePoint[] = [
  { at: '2025-01-15T12:00:00Z', values: [10, 0] },
  { at: '2025-02-15T12:00:00Z', values: [12.5, 5] },
  { at: '2025-04-15T12:00:00Z', values: [20, 7.5] },
];
const formatValue = (value: number) => `${value.toFixed(1)} cr`;

function renderChart(data: readonly TimePoint[], locale: Locale = 'en') {
  return render(
    <I18nProvider locale={locale}>
      <TimeChart series={series} points={data} label="Credit held" formatValue={formatValue} />
    </I18nProvider>,
  );
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

function expectCleanPaths(container: HTMLElement) {
  const paths = [...container.querySelectorAll('path')].map((path) => path.getAttribute('d') ?? '');
  expect(paths.length).toBeGreaterThan(0);
  for (const d of paths) {
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d).toMatch(/^M/);
  }
}

describe('TimeChart', () => {
  it('names the chart and shows a legend of the series', () => {
    renderChart(points);
    expect(screen.getByRole('img', { name: 'Credit held' })).toBeTruthy();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Own ideas', 'Built on']);
  });

  it('has a data table with one row per point, each series and the total', () => {
    renderChart(points);
    const table = screen.getByRole('table', { name: 'Credit held' });
    const [head, ...rows] = within(table).getAllByRole('row');
    expect(cells(head)).toEqual(['Date', 'Own ideas', 'Built on', 'Total']);
    expect(rows.map(cells)).toEqual([
      ['15 Jan 2025', '10.0 cr', '0.0 cr', '10.0 cr'],
      ['15 Feb 2025', '12.5 cr', '5.0 cr', '17.5 cr'],
      ['15 Apr 2025', '20.0 cr', '7.5 cr', '27.5 cr'],
    ]);
  });

  it('labels the table in Dutch', () => {
    renderChart(points, 'nl');
    const [head] = within(screen.getByRole('table')).getAllByRole('row');
    expect(cells(head)).toEqual(['Datum', 'Own ideas', 'Built on', 'Totaal']);
  });

  it('moves the readout between points with the keyboard', () => {
    renderChart(points);
    const chart = screen.getByRole('img', { name: 'Credit held' });
    chart.focus();
    expect(screen.queryByTestId('time-chart-readout')).toBeNull();

    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(screen.getByTestId('time-chart-readout').textContent).toBe('15 Jan 2025Own ideas10.0 crBuilt on0.0 crTotal10.0 cr');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(screen.getByTestId('time-chart-readout').textContent).toBe('15 Feb 2025Own ideas12.5 crBuilt on5.0 crTotal17.5 cr');
    fireEvent.keyDown(chart, { key: 'End' });
    expect(screen.getByTestId('time-chart-readout').textContent).toBe('15 Apr 2025Own ideas20.0 crBuilt on7.5 crTotal27.5 cr');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(screen.getByTestId('time-chart-readout').textContent).toContain('15 Apr 2025');
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(screen.getByTestId('time-chart-readout').textContent).toContain('15 Jan 2025');
    // screen readers hear the same values
    expect(screen.getByText('15 Jan 2025: Own ideas 10.0 cr, Built on 0.0 cr, Total 10.0 cr')).toBeTruthy();

    fireEvent.blur(chart);
    expect(screen.queryByTestId('time-chart-readout')).toBeNull();
  });

  it('draws all-zero data without NaN', () => {
    const { container } = renderChart(points.map((p) => ({ ...p, values: [0, 0] })));
    expectCleanPaths(container);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });

  it('draws a single point without NaN', () => {
    const { container } = renderChart([points[1]]);
    expectCleanPaths(container);
    const chart = screen.getByRole('img', { name: 'Credit held' });
    fireEvent.keyDown(chart, { key: 'End' });
    expect(screen.getByTestId('time-chart-readout').textContent).toContain('17.5 cr');
    expect(container.innerHTML).not.toContain('NaN');
  });

  it('renders nothing without points', () => {
    const { container } = renderChart([]);
    expect(container.innerHTML).toBe('');
  });
});
