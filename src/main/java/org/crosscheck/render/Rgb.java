package org.crosscheck.render;

/**
 * A colour with opacity, independent of any toolkit, so drawing code can be shared by the JavaFX canvas and the
 * Java2D renderer used on the command line.
 */
public record Rgb(int red, int green, int blue, double opacity) {

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channel out of 0..255: " + red + "," + green + "," + blue);
        }
        opacity = Math.max(0, Math.min(1, opacity));
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        if (hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        return of(Integer.parseInt(hex.substring(1), 16));
    }

    /** The opaque colour {@code 0xRRGGBB}. */
    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 1);
    }

    public Rgb withOpacity(double newOpacity) {
        return new Rgb(red, green, blue, newOpacity);
    }

    /** Mixes this colour with {@code other}: 0 keeps this, 1 gives other. */
    public Rgb mix(Rgb other, double amount) {
        return new Rgb(
                (int) Math.round(red + (other.red - red) * amount),
                (int) Math.round(green + (other.green - green) * amount),
                (int) Math.round(blue + (other.blue - blue) * amount),
                opacity + (other.opacity - opacity) * amount);
    }

    public String toHex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
