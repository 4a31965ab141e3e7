package dev.studybot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/** A picture decoded back with ImageIO, with the measurements the tests make on it. */
record Decoded(BufferedImage image) {

    static Decoded of(byte[] png) {
        assertThat(png).as("PNG bytes").isNotEmpty();
        assertThat(png[1]).isEqualTo((byte) 'P');
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("ImageIO decodes the picture").isNotNull();
            return new Decoded(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    int rgb(int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** Distinct colours inside the card's padding. */
    int distinctColours() {
        Set<Integer> colours = new HashSet<>();
        for (int y = Canvas.PAD; y < height() - Canvas.PAD; y++) {
            for (int x = Canvas.PAD; x < width() - Canvas.PAD; x++) {
                colours.add(rgb(x, y));
            }
        }
        return colours.size();
    }

    /** The share of pixels inside the padding that are not the background. */
    double inkShare(Color background) {
        long ink = 0;
        long all = 0;
        for (int y = Canvas.PAD; y < height() - Canvas.PAD; y++) {
            for (int x = Canvas.PAD; x < width() - Canvas.PAD; x++) {
                all++;
                if (rgb(x, y) != (background.getRGB() & 0xFFFFFF)) {
                    ink++;
                }
            }
        }
        return all == 0 ? 0 : (double) ink / all;
    }

    /** Runs of pixels of exactly this colour down column x, as {top, height} pairs. */
    List<int[]> bands(Color colour, int x) {
        List<int[]> bands = new ArrayList<>();
        int target = colour.getRGB() & 0xFFFFFF;
        int start = -1;
        for (int y = 0; y <= height(); y++) {
            boolean hit = y < height() && rgb(x, y) == target;
            if (hit && start < 0) {
                start = y;
            } else if (!hit && start >= 0) {
                bands.add(new int[] {start, y - start});
                start = -1;
            }
        }
        return bands;
    }

    /** Whether any pixel of the picture has exactly this colour. */
    boolean contains(Color colour) {
        int target = colour.getRGB() & 0xFFFFFF;
        for (int y = 0; y < height(); y++) {
            for (int x = 0; x < width(); x++) {
                if (rgb(x, y) == target) {
                    return true;
                }
            }
        }
        return false;
    }
}
