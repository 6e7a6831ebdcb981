package sn.pmas.bankposition;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The projected position as a line over the 30 days, the safety margin as a dashed line, the days
 * below it as red dots: one geometry, drawn as SVG for the page and as PNG for the BIRT report.
 */
public final class PositionChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 300;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final List<ProjectedDay> days;
    private final long low;
    private final long high;

    public PositionChart(List<ProjectedDay> days) {
        this.days = List.copyOf(days);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (ProjectedDay day : days) {
            min = Math.min(min, Math.min(day.position(), day.safetyMargin()));
            max = Math.max(max, Math.max(day.position(), day.safetyMargin()));
        }
        long pad = Math.max(1, (max - min) / 10);
        this.low = Math.min(0, min - pad);
        this.high = max + pad;
    }

    int x(int index) {
        return LEFT + (int) Math.round((WIDTH - LEFT - RIGHT) * (double) index / Math.max(1, days.size() - 1));
    }

    int y(long amount) {
        return TOP + (int) Math.round((HEIGHT - TOP - BOTTOM) * (double) (high - amount) / (high - low));
    }

    /** An inline SVG (French labels, amounts in millions of francs). */
    public String svg() {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"position-chart\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"Position projetée sur 30 jours\">");
        for (long tick : ticks()) {
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y(tick)).append("\" y2=\"")
                    .append(y(tick)).append("\" stroke=\"#ddd\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(y(tick) + 4)
                    .append("\" text-anchor=\"end\" font-size=\"11\">").append(millions(tick)).append("</text>");
        }
        svg.append("<polyline class=\"margin\" fill=\"none\" stroke=\"#c60\" stroke-dasharray=\"6 4\" points=\"").append(points(true)).append("\"/>");
        svg.append("<polyline class=\"position\" fill=\"none\" stroke=\"#036\" stroke-width=\"2\" points=\"").append(points(false)).append("\"/>");
        for (int i = 0; i < days.size(); i++) {
            ProjectedDay day = days.get(i);
            if (day.belowMargin()) {
                svg.append("<circle class=\"below\" cx=\"").append(x(i)).append("\" cy=\"").append(y(day.position())).append("\" r=\"4\" fill=\"#c00\"><title>")
                        .append(DAY.format(day.day())).append(" : ").append(day.position()).append(" F sous la marge</title></circle>");
            }
            if (i % 5 == 0) {
                svg.append("<text x=\"").append(x(i)).append("\" y=\"").append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\" font-size=\"11\">")
                        .append(DAY.format(day.day())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The same chart as a PNG, for the report. */
    public byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (long tick : ticks()) {
                g.setColor(new Color(0xdd, 0xdd, 0xdd));
                g.drawLine(LEFT, y(tick), WIDTH - RIGHT, y(tick));
                g.setColor(Color.DARK_GRAY);
                String label = millions(tick);
                g.drawString(label, LEFT - 6 - g.getFontMetrics().stringWidth(label), y(tick) + 4);
            }
            g.setColor(new Color(0xcc, 0x66, 0x00));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            polyline(g, true);
            g.setColor(new Color(0x00, 0x33, 0x66));
            g.setStroke(new BasicStroke(2f));
            polyline(g, false);
            for (int i = 0; i < days.size(); i++) {
                if (days.get(i).belowMargin()) {
                    g.setColor(new Color(0xcc, 0, 0));
                    g.fillOval(x(i) - 4, y(days.get(i).position()) - 4, 8, 8);
                }
                if (i % 5 == 0) {
                    g.setColor(Color.DARK_GRAY);
                    String label = DAY.format(days.get(i).day());
                    g.drawString(label, x(i) - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - BOTTOM + 16);
                }
            }
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

    private void polyline(Graphics2D g, boolean margin) {
        for (int i = 1; i < days.size(); i++) {
            g.drawLine(x(i - 1), y(value(i - 1, margin)), x(i), y(value(i, margin)));
        }
    }

    private String points(boolean margin) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            points.append(i == 0 ? "" : " ").append(x(i)).append(',').append(y(value(i, margin)));
        }
        return points.toString();
    }

    private long value(int index, boolean margin) {
        return margin ? days.get(index).safetyMargin() : days.get(index).position();
    }

    /** Five round steps between the bounds. */
    private List<Long> ticks() {
        long step = Math.max(1, (high - low) / 5);
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(step)));
        long rounded = Math.max(1, (step + magnitude - 1) / magnitude) * magnitude;
        List<Long> ticks = new java.util.ArrayList<>();
        for (long tick = (long) Math.ceil((double) low / rounded) * rounded; tick <= high; tick += rounded) {
            ticks.add(tick);
        }
        return ticks;
    }

    private static String millions(long amount) {
        return String.format(java.util.Locale.FRANCE, "%.1f M", amount / 1_000_000.0);
    }
}
