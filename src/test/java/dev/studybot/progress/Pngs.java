package dev.studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Decodes a picture the way a chat client would, and checks it is a real, drawn card. */
public final class Pngs {
    private Pngs() {}

    public static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG that decodes").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts the PNG decodes to an 800-pixel-wide card of a sensible height with something drawn on
     * it: many colours (anti-aliased text) and a fair share of pixels unlike the background.
     */
    public static BufferedImage assertCard(byte[] png, int minHeight) {
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isBetween(minHeight, 2000);
        int background = image.getRGB(image.getWidth() / 2, image.getHeight() - 8);
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    ink++;
                }
            }
        }
        long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
        assertThat((double) ink / sampled).as("share of drawn pixels").isGreaterThan(0.03);
        return image;
    }
}
