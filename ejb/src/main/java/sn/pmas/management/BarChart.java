package sn.pmas.management;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a {@link MonthlyChart}: the geometry is computed once and painted on a {@link Canvas}, an SVG
 * one for the page and a Java 2D one for the report's PNG, so that both show the same picture.
 */
final class BarChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 300;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    /** What the chart needs of a drawing surface. */
    interface Canvas {
        void rect(int x, int y, int width, int height, String color, String tooltip);

        void line(int x1, int y1, int x2, int y2, String color);

        /** {@code anchor}: start, middle or end of the text at {@code x}. */
        void text(int x, int y, String text, String anchor);
    }

    private final MonthlyChart chart;
    private final long high;

    BarChart(MonthlyChart chart) {
        this.chart = chart;
        long max = 0;
        for (int i = 0; i < chart.categories().size(); i++) {
            long stack = 0;
            for (ChartSeries series : chart.series()) {
                long value = Math.max(0, series.values().get(i));
                stack = chart.stacked() ? stack + value : Math.max(stack, value);
            }
            max = Math.max(max, stack);
        }
        this.high = roundedUp(Math.max(1, max));
    }

    /** The bars, as (series, category) → x, y, width, height; exposed for the tests. */
    List<int[]> bars() {
        List<int[]> bars = new ArrayList<>();
        int categories = Math.max(1, chart.categories().size());
        int slot = (WIDTH - LEFT - RIGHT) / categories;
        int seriesCount = Math.max(1, chart.series().size());
        int barWidth = chart.stacked() ? slot * 2 / 3 : slot * 2 / 3 / seriesCount;
        for (int c = 0; c < chart.categories().size(); c++) {
            int base = y(0);
            int x = LEFT + c * slot + slot / 6;
            for (int s = 0; s < chart.series().size(); s++) {
                long value = Math.max(0, chart.series().get(s).values().get(c));
                int height = y(0) - y(value);
                if (chart.stacked()) {
                    bars.add(new int[] {s, c, x, base - height, barWidth, height});
                    base -= height;
                } else {
                    bars.add(new int[] {s, c, x + s * barWidth, y(value), barWidth, height});
                }
            }
        }
        return bars;
    }

    int y(long amount) {
        return TOP + (int) Math.round((HEIGHT - TOP - BOTTOM) * (double) (high - amount) / high);
    }

    void paint(Canvas canvas) {
        for (int i = 0; i <= 4; i++) {
            long tick = high * i / 4;
            canvas.line(LEFT, y(tick), WIDTH - RIGHT, y(tick), "#dddddd");
            canvas.text(LEFT - 6, y(tick) + 4, millions(tick), "end");
        }
        for (int[] bar : bars()) {
            ChartSeries series = chart.series().get(bar[0]);
            canvas.rect(bar[2], bar[3], bar[4], bar[5], series.color(), series.name() + " " + chart.categories().get(bar[1]) + " : "
                    + String.format(Locale.FRANCE, "%,d F", series.values().get(bar[1])));
        }
        int slot = (WIDTH - LEFT - RIGHT) / Math.max(1, chart.categories().size());
        for (int c = 0; c < chart.categories().size(); c++) {
            canvas.text(LEFT + c * slot + slot / 2, HEIGHT - BOTTOM + 16, chart.categories().get(c), "middle");
        }
        int x = LEFT;
        for (ChartSeries series : chart.series()) {
            canvas.rect(x, 8, 12, 12, series.color(), null);
            canvas.text(x + 16, 18, series.name(), "start");
            x += 30 + 7 * series.name().length();
        }
    }

    String svg() {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"monthly-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escaped(chart.title())).append("\">");
        paint(new Canvas() {
            @Override
            public void rect(int x, int y, int width, int height, String color, String tooltip) {
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"")
                        .append(height).append("\" fill=\"").append(color).append("\">");
                if (tooltip != null) {
                    svg.append("<title>").append(escaped(tooltip)).append("</title>");
                }
                svg.append("</rect>");
            }

            @Override
            public void line(int x1, int y1, int x2, int y2, String color) {
                svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2).append("\" y2=\"")
                        .append(y2).append("\" stroke=\"").append(color).append("\"/>");
            }

            @Override
            public void text(int x, int y, String text, String anchor) {
                svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                        .append("\" font-size=\"11\">").append(escaped(text)).append("</text>");
            }
        });
        return svg.append("</svg>").toString();
    }

    byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            paint(new Canvas() {
                @Override
                public void rect(int x, int y, int width, int height, String color, String tooltip) {
                    g.setColor(Color.decode(color));
                    g.fillRect(x, y, width, height);
                }

                @Override
                public void line(int x1, int y1, int x2, int y2, String color) {
                    g.setColor(Color.decode(color));
                    g.drawLine(x1, y1, x2, y2);
                }

                @Override
                public void text(int x, int y, String text, String anchor) {
                    g.setColor(Color.DARK_GRAY);
                    int width = g.getFontMetrics().stringWidth(text);
                    g.drawString(text, switch (anchor) {
                        case "end" -> x - width;
                        case "middle" -> x - width / 2;
                        default -> x;
                    }, y);
                }
            });
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code max}: four round steps on the axis. */
    static long roundedUp(long max) {
        long magnitude = 1;
        while (magnitude * 10 <= max) {
            magnitude *= 10;
        }
        for (long factor : new long[] {1, 2, 4, 5, 8, 10}) {
            if (factor * magnitude >= max) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String millions(long amount) {
        return String.format(Locale.FRANCE, "%.1f M", amount / 1_000_000.0);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
