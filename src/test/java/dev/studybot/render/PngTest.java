package dev.studybot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PNG encoder writes what ImageIO reads back pixel for pixel")
class PngTest {
    @Test
    @DisplayName("random pixels, cut to fewer rows than the image has, decode to the same pixels")
    void roundTrip() {
        BufferedImage image = new BufferedImage(37, 50, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 37; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }

        Decoded decoded = Decoded.of(Png.encode(image, 41));

        assertThat(decoded.width()).isEqualTo(37);
        assertThat(decoded.height()).isEqualTo(41);
        for (int y = 0; y < 41; y++) {
            for (int x = 0; x < 37; x++) {
                assertThat(decoded.rgb(x, y)).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }
}
