package kz.bagalau.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileSignatureTest {

    @Test
    void should_tell_pdf_png_and_jpeg_by_their_first_bytes_and_nothing_else() {
        assertThat(FileSignature.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileSignature.PDF);
        assertThat(FileSignature.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}))
                .contains(FileSignature.PNG);
        assertThat(FileSignature.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(FileSignature.JPEG);
        assertThat(FileSignature.of("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileSignature.of(new byte[0])).isEmpty();
        assertThat(FileSignature.of(null)).isEmpty();
    }
}
