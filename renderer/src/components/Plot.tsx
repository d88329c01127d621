import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** One bar or line of a plot: its data key, its name (legend, tooltip) and colour. */
export interface Series {
  key: string;
  name: string;
  color: string;
  /** Bars of the same stack sit on each other. */
  stack?: string;
}

interface PlotProps<Row> {
  data: Row[];
  /** The key of the category on the x axis. */
  x: string;
  series: Series[];
  height?: number;
  /** Counts: whole ticks only. */
  counts?: boolean;
  /** The y axis's fixed range (a score out of 10); by default it fits the data. */
  domain?: [number, number];
  /** Shown after each y tick (e.g. `%`). */
  unit?: string;
  /** A y tick's text (e.g. money in whole units); the axis then needs its full width. */
  yTick?(value: number): string;
  /** A tooltip value's text. */
  tooltip?(value: number): string;
  legend?: boolean;
  /** Every category labelled, none skipped (a few short names). */
  allTicks?: boolean;
}

const AXIS = { fontSize: 12 };

/** Margins shared by every plot; a y axis with formatted ticks keeps its room on the left. */
function margin(yTick: unknown) {
  return { top: 8, right: 8, bottom: 0, left: yTick ? 8 : -20 };
}

function axes<Row>({ x, counts, domain, unit, yTick, tooltip, legend, allTicks }: PlotProps<Row>) {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} />,
    <XAxis key="x" dataKey={x} tick={AXIS} interval={allTicks ? 0 : undefined} />,
    <YAxis key="y" allowDecimals={!counts} domain={domain} tick={AXIS} unit={unit} tickFormatter={yTick} />,
    <Tooltip key="tip" formatter={tooltip ? (v) => tooltip(Number(v)) : undefined} />,
    legend ? <Legend key="legend" /> : null,
  ];
}

/**
 * A bar chart with the house's axes, grid and margins, drawn without animation (the user may have
 * asked for less motion, and a figure that grows is not read faster).
 */
export function BarPlot<Row extends object>(props: PlotProps<Row>) {
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 200}>
      <BarChart data={props.data} margin={margin(props.yTick)}>
        {axes(props)}
        {props.series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId={s.stack} fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A line chart with the same axes as `BarPlot`; a null value leaves a gap. */
export function LinePlot<Row extends object>(props: PlotProps<Row>) {
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 200}>
      <LineChart data={props.data} margin={margin(props.yTick)}>
        {axes(props)}
        {props.series.map((s) => (
          <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
